using Lucene.Net.Store;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Buffered file reads for the stored documents (see <c>CoverageIndex.OpenDirectories</c>), with
/// a buffer the size of Lucene's compressed chunk: the default of 1 KB turned the read of one
/// document into a dozen positioned file reads.
/// </summary>
internal sealed class StoredDocumentsDirectory(string path) : NIOFSDirectory(path)
{
    // Lucene 4.x compresses stored documents in chunks of 16 KB.
    private const int ChunkBytes = 16 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is BufferedIndexInput buffered)
            buffered.SetBufferSize(ChunkBytes);
        return input;
    }
}
