using ChatBot.Hosting;
using ChatBot.Search.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Indexing;

/// <summary>
/// Opens the on-disk index at start-up. An index that cannot be read (a crash mid-write on a
/// disk that lied, a file truncated by hand) is set aside and rebuilt from the articles, which
/// are the source of truth; the bot never refuses to start over a damaged index.
/// </summary>
internal static class CoverageIndexFactory
{
    public static CoverageIndex Open(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ChatBotOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CoverageIndexFactory));
        var path = ContentPaths.UnderContentRoot(environment.ContentRootPath, options.IndexPath);
        try
        {
            return CoverageIndex.Open(path);
        }
        // The folder cannot be written (read-only file system, no permission) or another process
        // holds the write lock: neither is damage, so never delete the index; answer from its
        // last commit, read-only, rather than refuse to start.
        catch (Exception e) when (e is Lucene.Net.Store.LockObtainFailedException or UnauthorizedAccessException && HasReadableIndex(path))
        {
            logger.LogError(e, "The index at {IndexPath} cannot be written; answering from it read-only, and no articles will be indexed until this is fixed", path);
            return CoverageIndex.OpenReadOnly(path);
        }
        // Another process holding the index (LockObtainFailedException) is not damage: never
        // delete an index someone else is using.
        catch (Exception e) when (e is not Lucene.Net.Store.LockObtainFailedException and (IOException or InvalidOperationException))
        {
            logger.LogError(e, "The index at {IndexPath} cannot be read; rebuilding it from the articles", path);
            return CoverageIndex.Recreate(path);
        }
    }

    private static bool HasReadableIndex(string path)
    {
        try
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(path);
            return Lucene.Net.Index.DirectoryReader.IndexExists(directory);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
