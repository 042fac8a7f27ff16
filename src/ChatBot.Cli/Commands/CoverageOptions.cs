using System.CommandLine;
using ChatBot.Coverage;
using ChatBot.Search.Indexing;

namespace ChatBot.Cli.Commands;

/// <summary>The options every answering command shares: which articles to read, and where to
/// keep the index (in memory unless told).</summary>
internal static class CoverageOptions
{
    public static Option<DirectoryInfo> Articles() => new("--articles")
    {
        Description = "The folder of articles to answer from (default: ./seeds).",
        DefaultValueFactory = _ => new DirectoryInfo("seeds"),
    };

    public static Option<DirectoryInfo?> Index() => new("--index")
    {
        Description = "Keep the index in this folder (default: in memory, rebuilt each run).",
    };

    /// <summary>Opens the index and brings it up to date with the articles, reporting rejected
    /// files on standard error.</summary>
    public static CoverageIndex Load(DirectoryInfo articles, DirectoryInfo? indexFolder)
    {
        if (!articles.Exists)
            throw new DirectoryNotFoundException($"The articles folder '{articles.FullName}' does not exist. Pass --articles DIR.");
        var index = indexFolder is null ? CoverageIndex.InMemory() : CoverageIndex.Open(indexFolder.FullName);
        var report = new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(articles.FullName);
        foreach (var (file, reason) in report.Rejected)
            Console.Error.WriteLine($"rejected {file}: {reason}");
        return index;
    }
}
