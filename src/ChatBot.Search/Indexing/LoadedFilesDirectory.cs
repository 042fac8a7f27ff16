using Lucene.Net.Store;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The index folder, with each file a reader opens read into memory whole (see
/// <see cref="ByteArrayIndexInput"/>); writing, merging and reading once go through buffered
/// file reads as in <see cref="NIOFSDirectory"/>.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's <see cref="MMapDirectory"/> served answering fast, but it registers every
/// clone of an input in a <c>ConditionalWeakTable</c> (to unmap safely on close), and a query
/// clones an input for each term it looks up and each list of postings it reads. Each entry is
/// a dependent handle the garbage collector visits on every collection, even of the youngest
/// generation, until the table next resizes: measured at 1M sentences, the pause of each
/// young collection grew from 2.5 to 12 ms within a minute of answering, and answering's p99
/// from 6 to 18 ms. Buffered file reads pause nothing but doubled answering's median. An
/// array per file has neither cost; it takes the files' size in memory (the mapped pages a
/// query touched counted in the process's memory too), about 85 MB at 1M sentences.
/// </remarks>
internal sealed class LoadedFilesDirectory(string path) : NIOFSDirectory(path)
{
    /// <summary>A larger file (never at the sizes measured) is read through buffers instead:
    /// an array holds at most 2 GB.</summary>
    public const long MaxLoadedBytes = 1L << 30;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (!Loads(name, context))
            return base.OpenInput(name, context);
        var bytes = Load(name);
        return new ByteArrayIndexInput(Describe(name), bytes, 0, bytes.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        Loads(name, context) ? new Slicer(Describe(name), Load(name)) : base.CreateSlicer(name, context);

    // A merge reads each file once from start to end, and would only fill memory with copies.
    private bool Loads(string name, IOContext context) =>
        context.Context != IOContext.UsageContext.MERGE && !context.ReadOnce && FileLength(name) <= MaxLoadedBytes;

    private byte[] Load(string name)
    {
        EnsureOpen();
        return File.ReadAllBytes(Path.Combine(Directory.FullName, name));
    }

    private string Describe(string name) => $"ByteArrayIndexInput(path=\"{Path.Combine(Directory.FullName, name)}\")";

    /// <summary>The files inside a compound file, as slices of its array.</summary>
    private sealed class Slicer(string description, byte[] bytes) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > bytes.Length)
                throw new ArgumentException($"slice {sliceDescription} ({offset}, {length}) is outside {description} ({bytes.Length} bytes)");
            return new ByteArrayIndexInput($"{sliceDescription} in {description}", bytes, (int)offset, (int)length);
        }

        [Obsolete("Only for reading compound files of Lucene 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, bytes.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
