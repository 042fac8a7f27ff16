using System.CommandLine;
using ChatBot.Coverage;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;
using Lucene.Net.Store;
using Spectre.Console;

namespace ChatBot.Cli.Commands;

/// <summary>
/// <c>ingest PATH... --index DIR</c>: reads articles from files and folders (plain text,
/// Markdown with front matter, saved HTML pages, JSON lines, metadata.json beside them) into an
/// on-disk index, with a progress bar on a terminal and plain lines when redirected, then a
/// summary. Exit codes: 0 all ingested, 1 some file was rejected, 3 the index is in use.
/// </summary>
internal static class IngestCommand
{
    public const int ExitRejected = 1;
    public const int ExitIndexLocked = 3;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files and folders (read recursively).", Arity = ArgumentArity.OneOrMore };
        var index = new Option<DirectoryInfo>("--index")
        {
            Description = "The index folder to ingest into (required; the host's is ChatBot:IndexPath, data/index under its content root).",
            Required = true,
        };
        var command = new Command("ingest", "Add or update articles in an on-disk index; unchanged ones are skipped.") { paths, index };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(paths)!, parse.GetValue(index)!, cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, DirectoryInfo indexFolder, CancellationToken cancellationToken)
    {
        CoverageIndex index;
        try
        {
            index = CoverageIndex.Open(indexFolder.FullName);
        }
        catch (LockObtainFailedException)
        {
            // The running bot host keeps Lucene's write lock on its index for its whole life.
            Console.Error.WriteLine($"chatbot: the index at {indexFolder.FullName} is in use by another process (is the bot host running on it?). " +
                "Stop it, or add articles through its watched folder or POST /api/articles instead.");
            return ExitIndexLocked;
        }
        using (index)
        {
            var candidates = new ArticleFileReader().Read(paths, cancellationToken).ToList();
            var ingester = new ArticleIngester(index, new CoverageAnalyzer());
            var report = WithProgress(candidates.Count, progress => ingester.Ingest(candidates, progress, cancellationToken));
            PrintSummary(report, index.Statistics());
            return report.Rejected.Count > 0 ? ExitRejected : 0;
        }
    }

    /// <summary>A live progress bar on a terminal; a line per tenth when output is redirected, so
    /// logs stay readable.</summary>
    private static IndexingReport WithProgress(int total, Func<IProgress<int>, IndexingReport> ingest)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var lastTenth = -1;
            var gate = new object();
            return ingest(new Reporter(done =>
            {
                lock (gate)
                {
                    var tenth = total == 0 ? 10 : done * 10 / total;
                    if (tenth > lastTenth)
                    {
                        lastTenth = tenth;
                        Console.WriteLine($"ingesting: {done}/{total} articles");
                    }
                }
            }));
        }
        IndexingReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: Math.Max(total, 1));
                report = ingest(new Reporter(done => task.Value = done));
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static void PrintSummary(IndexingReport report, IndexStatistics statistics)
    {
        Console.WriteLine($"{report.Added.Count} added, {report.Updated.Count} updated, {report.Unchanged.Count} unchanged, {report.Rejected.Count} rejected");
        foreach (var (article, sameAs) in report.Syndicated)
            Console.WriteLine($"same story: {article} is the same text as {sameAs}; answers list both outlets");
        foreach (var (file, reason) in report.Rejected)
            Console.WriteLine($"rejected {file}: {reason}");
        Console.WriteLine($"index: {statistics.Articles} articles, {statistics.Sentences} sentences, {statistics.Speakers} people");
    }

    /// <summary>Reports synchronously on the reporting thread (<see cref="Progress{T}"/> would post
    /// to the thread pool and could print after the summary).</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
