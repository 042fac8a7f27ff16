using System.Diagnostics;
using ChatBot.Coverage;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks.Ingestion;

/// <summary>Ingestion through the whole real pipeline, as the host does it at start-up:
/// <see cref="FolderIndexer"/> reads, parses, splits, attributes, indexes and commits once.</summary>
public static class IngestionBenchmark
{
    /// <summary>Builds a fresh on-disk index of the folder; the caller owns the returned index.</summary>
    public static (IngestionResult Result, CoverageIndex Index) Run(string articles, string indexFolder, CancellationToken cancellationToken)
    {
        var index = CoverageIndex.Recreate(indexFolder);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var report = new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(articles, cancellationToken: cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = new DirectoryInfo(indexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return (new IngestionResult(report.Added.Count + report.Updated.Count, report.Sentences, seconds, cpuSeconds, bytes), index);
    }
}
