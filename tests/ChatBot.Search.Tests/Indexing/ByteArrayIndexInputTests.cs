using ChatBot.Search.Indexing;
using Lucene.Net.Store;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>The in-memory input must read exactly what Lucene wrote, as Lucene's own buffered
/// input reads it, including the edge values of its variable-length integers.</summary>
public sealed class ByteArrayIndexInputTests
{
    private const string FileName = "values.bin";

    private enum Kind { Byte, Bytes, Int16, Int32, Int64, VInt32, VInt64, Text }

    /// <summary>Values of every kind Lucene writes, at the edges of each encoding and at random.</summary>
    private static List<(Kind Kind, object Value)> Values()
    {
        var random = new Random(20261208);
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 1, 127, 128, (1L << 49) - 1, 1L << 49, (1L << 56) - 1, 1L << 56, long.MaxValue];
        var values = new List<(Kind, object)>();
        values.AddRange(ints.Select(i => (Kind.VInt32, (object)i)));
        values.AddRange(longs.Select(l => (Kind.VInt64, (object)l)));
        for (var i = 0; i < 5000; i++)
        {
            var kind = (Kind)random.Next(8);
            values.Add((kind, kind switch
            {
                Kind.Byte => (byte)random.Next(256),
                Kind.Bytes => Enumerable.Range(0, random.Next(40)).Select(_ => (byte)random.Next(256)).ToArray(),
                Kind.Int16 => (short)random.Next(short.MinValue, short.MaxValue + 1),
                Kind.Int32 => random.Next(int.MinValue, int.MaxValue),
                Kind.Int64 => random.NextInt64(long.MinValue, long.MaxValue),
                Kind.VInt32 => ints[random.Next(ints.Length)] ^ random.Next(1 << random.Next(31)),
                Kind.VInt64 => random.NextInt64(1L << random.Next(63)),
                _ => new string('é', random.Next(3)) + random.Next(),
            }));
        }
        return values;
    }

    private static void Write(IndexOutput output, List<(Kind Kind, object Value)> values)
    {
        foreach (var (kind, value) in values)
        {
            switch (kind)
            {
                case Kind.Byte: output.WriteByte((byte)value); break;
                case Kind.Bytes: output.WriteVInt32(((byte[])value).Length); output.WriteBytes((byte[])value, ((byte[])value).Length); break;
                case Kind.Int16: output.WriteInt16((short)value); break;
                case Kind.Int32: output.WriteInt32((int)value); break;
                case Kind.Int64: output.WriteInt64((long)value); break;
                case Kind.VInt32: output.WriteVInt32((int)value); break;
                case Kind.VInt64: output.WriteVInt64((long)value); break;
                default: output.WriteString((string)value); break;
            }
        }
    }

    private static List<object> Read(IndexInput input, List<(Kind Kind, object Value)> values) => values.Select(v => v.Kind switch
    {
        Kind.Byte => input.ReadByte(),
        Kind.Bytes => ReadBytes(input),
        Kind.Int16 => input.ReadInt16(),
        Kind.Int32 => input.ReadInt32(),
        Kind.Int64 => input.ReadInt64(),
        Kind.VInt32 => input.ReadVInt32(),
        Kind.VInt64 => input.ReadVInt64(),
        _ => (object)input.ReadString(),
    }).ToList();

    private static object ReadBytes(IndexInput input)
    {
        var bytes = new byte[input.ReadVInt32()];
        input.ReadBytes(bytes, 0, bytes.Length);
        return Convert.ToHexString(bytes);
    }

    private static List<object> Expected(List<(Kind Kind, object Value)> values) =>
        values.Select(v => v.Value is byte[] bytes ? Convert.ToHexString(bytes) : v.Value).ToList();

    [Fact]
    public void Read_WhatLuceneWrote_SameValuesAsLucenesBufferedInput()
    {
        using var folder = new TempFolder();
        var values = Values();
        using (var writing = new NIOFSDirectory(folder.Path))
        using (var output = writing.CreateOutput(FileName, IOContext.DEFAULT))
            Write(output, values);

        using var loaded = new LoadedFilesDirectory(folder.Path);
        using var buffered = new NIOFSDirectory(folder.Path);
        using var fromArray = loaded.OpenInput(FileName, IOContext.READ);
        using var fromFile = buffered.OpenInput(FileName, IOContext.READ);

        Assert.IsType<ByteArrayIndexInput>(fromArray);
        Assert.Equal(Expected(values), Read(fromArray, values));
        Assert.Equal(Read(fromFile, values), Expected(values));
        Assert.Equal(fromFile.Length, fromArray.Position);
        Assert.Throws<EndOfStreamException>(() => fromArray.ReadByte());
    }

    [Fact]
    public void Clone_ReadOnFromTheSamePlace_LeavesTheOriginalWhereItWas()
    {
        var input = new ByteArrayIndexInput("test", [1, 2, 3, 4, 5], 0, 5);
        input.Seek(2);

        var clone = (ByteArrayIndexInput)input.Clone();

        Assert.Equal(3, clone.ReadByte());
        Assert.Equal(4, clone.ReadByte());
        Assert.Equal(2, input.Position);
        Assert.Equal(3, input.ReadByte());
    }

    [Fact]
    public void Slice_ReadsOnlyItsStretch_AndPositionsFromItsStart()
    {
        var input = new ByteArrayIndexInput("test", [9, 9, 1, 2, 3, 9], 2, 3);
        var bytes = new byte[3];

        input.ReadBytes(bytes, 0, 3);

        Assert.Equal([1, 2, 3], bytes);
        Assert.Equal(3, input.Length);
        Assert.Equal(3, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(4));
        input.Seek(1);
        Assert.Equal(2, input.ReadByte());
    }

    [Fact]
    public void ReadVInt32_MoreThan32Bits_Fails()
    {
        var input = new ByteArrayIndexInput("test", [0xFF, 0xFF, 0xFF, 0xFF, 0x1F], 0, 5);

        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Fact]
    public void Dispose_ClonesMadeBefore_StillRead()
    {
        var input = new ByteArrayIndexInput("test", [7, 8], 0, 2);
        var clone = (ByteArrayIndexInput)input.Clone();

        input.Dispose();

        Assert.Equal(7, clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void OpenInput_ForAMerge_ReadsThroughBuffersInstead()
    {
        using var folder = new TempFolder();
        using (var writing = new NIOFSDirectory(folder.Path))
        using (var output = writing.CreateOutput(FileName, IOContext.DEFAULT))
            output.WriteInt32(42);
        using var loaded = new LoadedFilesDirectory(folder.Path);

        using var merging = loaded.OpenInput(FileName, new IOContext(new MergeInfo(1, 4, false, 1)));
        using var reading = loaded.OpenInput(FileName, IOContext.READ);

        Assert.IsNotType<ByteArrayIndexInput>(merging);
        Assert.Equal(42, merging.ReadInt32());
        Assert.Equal(42, reading.ReadInt32());
    }
}
