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
        // Another process holding the index (LockObtainFailedException) is not damage: never
        // delete an index someone else is using.
        catch (Exception e) when (e is not Lucene.Net.Store.LockObtainFailedException and (IOException or InvalidOperationException))
        {
            logger.LogError(e, "The index at {IndexPath} cannot be read; rebuilding it from the articles", path);
            return CoverageIndex.Recreate(path);
        }
    }
}
