using System.Buffers.Binary;
using Lucene.Net.Store;

namespace ChatBot.Search.Indexing;

/// <summary>
/// An index file, or a stretch of one, read from an array that holds the whole file (see
/// <see cref="LoadedFilesDirectory"/>). A clone or slice is a new position over the same array:
/// nothing to register, track or unmap, so a query may clone freely. Reads are array reads;
/// fixed-width integers are decoded from the array at once, not a byte at a time.
/// </summary>
internal sealed class ByteArrayIndexInput : IndexInput
{
    private byte[] _bytes;
    private int _start;
    private int _end;
    // An index into _bytes, between _start and _end.
    private int _position;

    public ByteArrayIndexInput(string description, byte[] bytes, int start, int length)
        : base(description)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, bytes.Length - length);
        _bytes = bytes;
        _start = start;
        _end = start + length;
        _position = start;
    }

    public override long Length => _end - _start;

    public override long Position => _position - _start;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _end - _start)
            throw new EndOfStreamException($"seek to {pos}, outside 0 to {_end - _start}: {this}");
        _position = _start + (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _end)
            throw PastEnd();
        return _bytes[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    /// <summary>Lucene's variable-length int: 7 bits a byte, lowest first, the high bit set on
    /// every byte but the last; at most 5 bytes, the fifth holding 4 bits.</summary>
    public override int ReadVInt32()
    {
        var value = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = ReadByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        var last = ReadByte();
        if ((last & 0xF0) != 0)
            throw new IOException($"Invalid VInt32 detected (too many bits): {this}");
        return value | (last << 28);
    }

    /// <summary>The same for a long: at most 9 bytes, the ninth holding 7 bits.</summary>
    public override long ReadVInt64()
    {
        var value = 0L;
        for (var shift = 0; shift < 56; shift += 7)
        {
            var b = ReadByte();
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
        var last = ReadByte();
        if (last >= 0x80)
            throw new IOException($"Invalid VInt64 detected (negative values disallowed): {this}");
        return value | ((long)last << 56);
    }

    /// <summary>A new position over the same bytes, starting where this one is.</summary>
    public override object Clone() => (ByteArrayIndexInput)base.Clone();

    protected override void Dispose(bool disposing)
    {
        // Clones keep the array for as long as they are used; this input is done with it.
        // Reading it again fails as a read past the end.
        _bytes = [];
        _start = _end = _position = 0;
    }

    /// <summary>The next <paramref name="count"/> bytes, read.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _end - _position)
            throw PastEnd();
        var taken = _bytes.AsSpan(_position, count);
        _position += count;
        return taken;
    }

    private EndOfStreamException PastEnd() => new($"read past EOF: {this}");
}
