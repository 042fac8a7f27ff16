using ChatBot.Coverage;
using ChatBot.Hosting;
using ChatBot.Search.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Indexing;

/// <summary>
/// Brings the index up to date with the articles folder when the host starts, in the
/// background so the bot answers HTTP at once. An index left by an earlier run is searchable
/// straight away; an empty one becomes ready when this finishes.
/// </summary>
internal sealed class CoverageIndexingService(
    CoverageIndex index,
    CoverageAnalyzer analyzer,
    IndexingState state,
    IOptions<ChatBotOptions> options,
    IHostEnvironment environment,
    ILogger<CoverageIndexingService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        if (index.Statistics().Sentences > 0)
            state.MarkReady();

        var folder = ContentPaths.FindFolder(environment.ContentRootPath, options.Value.ArticlesPath);
        if (index.IsReadOnly)
        {
            // Already logged as an error when the index was opened; answer from what it has.
            state.Failed($"The index at {index.Path} cannot be written; articles are not being indexed.");
            if (index.Statistics().Sentences > 0)
                state.MarkReady();
            return;
        }
        try
        {
            var total = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.txt").Count() : 0;
            state.Started(total);
            logger.LogInformation("Indexing {Count} articles from {Folder}", total, folder);
            var report = new FolderIndexer(index, analyzer).Synchronize(folder, new Progress<int>(state.Progress), stoppingToken);
            foreach (var (file, reason) in report.Rejected)
                logger.LogWarning("Article {File} rejected: {Reason}", file, reason);
            state.Completed(report);
            logger.LogInformation("Index up to date: {Report}; {Statistics}", report, index.Statistics());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The bot keeps answering from whatever the index held before.
            logger.LogError(e, "Indexing the articles in {Folder} failed; answering from the {Sentences} sentences indexed before", folder, index.Statistics().Sentences);
            state.Failed(e.Message);
            if (index.Statistics().Sentences > 0)
                state.MarkReady();
        }
    }, stoppingToken);
}
