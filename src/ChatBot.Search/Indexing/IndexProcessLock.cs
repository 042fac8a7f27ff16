using Lucene.Net.Store;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Keeps a second process from writing to an index folder while one has it open. Lucene's own
/// write lock only guards within a process here (its native lock does not exclude another
/// process on Linux), so two writers, such as the bot host and <c>chatbot ingest</c>, could
/// corrupt the index. An exclusive open of a lock file is an OS lock (<c>flock</c> on Unix,
/// share mode on Windows) that the OS drops when the process ends, even when it is killed, so
/// a crash never leaves the index locked.
/// </summary>
internal sealed class IndexProcessLock : IDisposable
{
    public const string FileName = "process.lock";

    private readonly FileStream _file;

    private IndexProcessLock(FileStream file) => _file = file;

    /// <exception cref="LockObtainFailedException">Another process has the index open.</exception>
    public static IndexProcessLock Acquire(string folder)
    {
        var path = System.IO.Path.Combine(folder, FileName);
        try
        {
            return new IndexProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new LockObtainFailedException($"The index at {folder} is in use by another process.", e);
        }
    }

    public void Dispose() => _file.Dispose();
}
