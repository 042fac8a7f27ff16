using System.Threading.Channels;
using ChatBot.Indexing;
using ChatBot.Search.Indexing;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingestion;

/// <summary>
/// Keeps the index equal to the articles folder while the host runs. At start-up it brings the
/// index up to date in the background (an index left by an earlier run, even one cut short by a
/// crash, is searchable at once and completed here); then, when watching is on, every change a
/// <see cref="FileSystemWatcher"/> reports (debounced) leads to another synchronisation: new and
/// changed files are indexed, deleted ones removed. A full synchronisation costs little when
/// nothing changed (content hashes), and cannot miss an event's meaning the way per-file
/// handling could (renames, a JSON lines file losing a line, a watcher buffer overflow).
/// </summary>
internal sealed class ArticlesFolderService(
    LiveIngestion ingestion,
    CoverageIndex index,
    IndexingState state,
    IOptions<IngestionOptions> options,
    ILogger<ArticlesFolderService> logger) : BackgroundService
{
    /// <summary>The longest a change waits for the folder to become quiet.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (index.IsReadOnly)
        {
            // Already logged as an error when the index was opened; answer from what it has.
            state.Failed($"The index at {index.Path} cannot be written; articles are not being indexed.");
            if (index.SentenceCount > 0)
                state.MarkReady();
            return;
        }
        using var watcher = options.Value.WatchArticles ? StartWatching() : null;
        await SynchronizeAsync(startUp: true, stoppingToken).ConfigureAwait(false);
        if (watcher is null)
            return;
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Wait for the folder to be quiet, so a copy of many files is one batch; but not
                // for ever, so a folder that never stops changing is still read every few seconds.
                var delay = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.WatchDelayMilliseconds));
                var longest = DateTime.UtcNow + MaxWait;
                do
                {
                    _changes.Reader.TryRead(out _);
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                }
                while (_changes.Reader.TryPeek(out _) && DateTime.UtcNow < longest);
                await SynchronizeAsync(startUp: false, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SynchronizeAsync(bool startUp, CancellationToken stoppingToken)
    {
        try
        {
            if (startUp)
            {
                if (index.SentenceCount > 0)
                    state.MarkReady();
                var total = ingestion.CountFiles();
                state.Started(total);
                logger.LogInformation("Indexing {Count} article files from {Folder}", total, ingestion.Folder);
            }
            var report = await ingestion.SynchronizeAsync(startUp ? new Progress<int>(state.Progress) : null, stoppingToken).ConfigureAwait(false);
            foreach (var (file, reason) in report.Rejected)
                logger.LogWarning("Article {File} rejected: {Reason}", file, reason);
            foreach (var (article, sameAs) in report.Syndicated)
                logger.LogInformation("Article {Article} is the same story as {SameAs}", article, sameAs);
            state.Completed(report);
            if (startUp || report.Added.Count + report.Updated.Count + report.Removed.Count > 0)
                logger.LogInformation("Index up to date with {Folder}: {Report}; {Statistics}", ingestion.Folder, report, index.Statistics());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The bot keeps answering from whatever the index held before.
            logger.LogError(e, "Indexing the articles in {Folder} failed; answering from the {Sentences} sentences indexed before", ingestion.Folder, index.Statistics().Sentences);
            state.Failed(e.Message);
            if (index.SentenceCount > 0)
                state.MarkReady();
        }
    }

    private FileSystemWatcher? StartWatching()
    {
        try
        {
            Directory.CreateDirectory(ingestion.Folder);
            var watcher = new FileSystemWatcher(ingestion.Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, _) => Changed();
            watcher.Changed += (_, _) => Changed();
            watcher.Deleted += (_, _) => Changed();
            watcher.Renamed += (_, _) => Changed();
            // An overflow loses events, not changes: the next synchronisation sees the folder whole.
            watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Watching {Folder} lost events; reading it again", ingestion.Folder);
                Changed();
            };
            watcher.EnableRaisingEvents = true;
            logger.LogInformation("Watching {Folder} for new, changed and deleted articles", ingestion.Folder);
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogError(e, "Cannot watch {Folder}; articles added there are read at the next start", ingestion.Folder);
            return null;
        }
    }

    private void Changed() => _changes.Writer.TryWrite(true);
}
