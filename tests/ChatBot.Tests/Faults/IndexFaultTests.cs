using System.Net;
using ChatBot.Indexing;
using ChatBot.Tests.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ChatBot.Tests.Faults;

/// <summary>
/// Faults in the index folder, injected for real: a tmpfs that fills up or is remounted
/// read-only while the host has an index in it, and a segments file overwritten with garbage.
/// The bot logs a clear error and keeps answering from what it has, or rebuilds a corrupt
/// index from the articles at start-up.
/// </summary>
public sealed class IndexFaultTests(ITestOutputHelper output)
{
    private const string Question = "what did Putin say about collusion?";
    private const string Answer = "definitively prove the collusion";

    [Fact]
    public async Task Ingest_DiskFull_LogsTheErrorAndKeepsAnsweringFromTheIndexItHas()
    {
        using var disk = TmpfsMount.Create(megabytes: 4);
        using var articles = new ArticleFolder();
        var indexPath = Path.Combine(disk.Path, "index");
        await BuildIndexAsync(articles.Path, indexPath);
        articles.AddFromCorpus(20);
        disk.Fill();

        var logs = new RecordingLoggerProvider();
        await using var host = Host(articles.Path, indexPath, logs);
        using var client = await host.StartAsync();
        var state = await IngestFinishedAsync(host);

        Assert.NotNull(state.LastError);
        var error = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error && e.Category.EndsWith("ArticlesFolderService", StringComparison.Ordinal));
        output.WriteLine(error.Message + "\n" + error.Exception?.Split('\n')[0]);
        Assert.Contains("No space left on device", error.Exception);
        Assert.Contains(Answer, await AskAsync(client, Question));
    }

    [Fact]
    public async Task Ingest_IndexFolderReadOnly_LogsTheErrorAndKeepsAnsweringFromTheIndexItHas()
    {
        using var disk = TmpfsMount.Create(megabytes: 16);
        using var articles = new ArticleFolder();
        var indexPath = Path.Combine(disk.Path, "index");
        await BuildIndexAsync(articles.Path, indexPath);
        articles.AddFromCorpus(20);
        disk.MakeReadOnly(indexPath);

        var logs = new RecordingLoggerProvider();
        await using var host = Host(articles.Path, indexPath, logs);
        using var client = await host.StartAsync();
        var state = await IngestFinishedAsync(host);

        Assert.NotNull(state.LastError);
        var error = Assert.Single(logs.Entries, e => e.Level == LogLevel.Error);
        output.WriteLine(error.Message + "\n" + error.Exception?.Split('\n')[0]);
        Assert.Contains("Read-only file system", error.Exception);
        Assert.Contains(Answer, await AskAsync(client, Question));
    }

    [Fact]
    public async Task Startup_CorruptSegmentsFile_RebuildsTheIndexFromTheArticlesAndAnswers()
    {
        using var articles = new ArticleFolder();
        var indexPath = Directory.CreateTempSubdirectory("chatbot-corrupt-").FullName;
        try
        {
            await BuildIndexAsync(articles.Path, indexPath);
            var segments = Directory.EnumerateFiles(indexPath, "segments_*").Single();
            await File.WriteAllBytesAsync(segments, [.. Enumerable.Range(0, 300).Select(i => (byte)(i * 7 + 1))]);

            var logs = new RecordingLoggerProvider();
            await using var host = Host(articles.Path, indexPath, logs);
            using var client = await host.StartAsync();

            Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("rebuilding it from the articles", StringComparison.Ordinal));
            Assert.Contains(Answer, await AskAsync(client, Question));
        }
        finally
        {
            Directory.Delete(indexPath, recursive: true);
        }
    }

    private static BotHost Host(string articles, string index, RecordingLoggerProvider? logs = null) => new(articles, new Dictionary<string, string?> { ["ChatBot:IndexPath"] = index })
    {
        TestServices = services =>
        {
            if (logs is not null)
                services.AddSingleton<ILoggerProvider>(logs);
        },
    };

    /// <summary>A first run of the host that indexes the articles, then stops.</summary>
    private static async Task BuildIndexAsync(string articles, string index)
    {
        await using var host = Host(articles, index);
        using var client = await host.StartAsync();
        Assert.Contains(Answer, await AskAsync(client, Question));
    }

    private static async Task<IndexingState> IngestFinishedAsync(BotHost host)
    {
        var state = host.Services.GetRequiredService<IndexingState>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (state.LastError is null && state.LastReport is null)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The start-up ingest did not finish within 60 s.");
            await Task.Delay(50);
        }
        return state;
    }

    private static async Task<string> AskAsync(HttpClient client, string question)
    {
        var replies = await new ActivityClient(client).AskAsync(question);
        return ActivityClient.Visible(replies);
    }
}
