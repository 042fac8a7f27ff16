using System.Diagnostics;
using ChatBot.Coverage;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks.Ingestion;

/// <summary>Ingestion through the whole real pipeline, exactly as the host does it at start-up
/// (so the host later finds the index current): <see cref="ArticleFileReader"/> reads and
/// parses, <see cref="ArticleIngester"/> splits, attributes, indexes with each article's origin
/// and story fingerprint, and commits once.</summary>
public static class IngestionBenchmark
{
    /// <summary>Builds a fresh on-disk index of the folder; the caller owns the returned index.</summary>
    public static (IngestionResult Result, CoverageIndex Index) Run(string articles, string indexFolder, CancellationToken cancellationToken)
    {
        var index = CoverageIndex.Recreate(indexFolder);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var candidates = new ArticleFileReader().ReadFolder(articles, cancellationToken).ToList();
        var report = new ArticleIngester(index, new CoverageAnalyzer()).Synchronize(articles, candidates, cancellationToken: cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = new DirectoryInfo(indexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return (new IngestionResult(report.Added.Count + report.Updated.Count, report.Sentences, seconds, cpuSeconds, bytes), index);
    }
}
