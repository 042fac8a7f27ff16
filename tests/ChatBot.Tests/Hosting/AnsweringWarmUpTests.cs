using ChatBot.Tests.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Hosting;

/// <summary>The host asks its answering code a few questions once the index is searchable, so
/// the first reader after a restart does not wait for it to be compiled.</summary>
public sealed class AnsweringWarmUpTests
{
    private const string Category = "ChatBot.Hosting.AnsweringWarmUp";

    [Fact]
    public async Task Start_SeedIndex_WarmsUpWithQuestionsAboutItsMostQuotedPersonAndLogsNoTurn()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = Host(logs, echoOnly: false);
        using var client = await host.StartAsync();

        var warmedUp = await WaitForAsync(logs, e => e.Category == Category && e.Message.StartsWith("Answering warmed up", StringComparison.Ordinal));

        // A person named in the seed article, so the questions go the way a reader's do.
        Assert.Equal(3, warmedUp.Values["Count"]);
        Assert.DoesNotContain(logs.Entries, e => e.Category == Category && e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logs.Entries, e => e.Category == "ChatBot.Bot.CoverageBot");
    }

    [Fact]
    public async Task Start_EchoOnly_DoesNotWarmUpAnswering()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = Host(logs, echoOnly: true);
        using var client = await host.StartAsync();

        // The echo bot is the benchmark's protocol floor: nothing else may run beside it.
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is ChatBot.Hosting.AnsweringWarmUp);
        Assert.Contains(host.Services.GetServices<IHostedService>(), s => s is ChatBot.Ingestion.ArticlesFolderService);
    }

    private static BotHost Host(RecordingLoggerProvider logs, bool echoOnly) => new(settings: new Dictionary<string, string?>
    {
        ["Logging:LogLevel:ChatBot"] = "Debug",
        ["ChatBot:EchoOnly"] = echoOnly ? "true" : "false",
    })
    {
        TestServices = services => services.AddSingleton<ILoggerProvider>(logs),
    };

    private static async Task<RecordedLog> WaitForAsync(RecordingLoggerProvider logs, Func<RecordedLog, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (logs.Entries.FirstOrDefault(match) is { } entry)
                return entry;
            await Task.Delay(50);
        }
        throw new TimeoutException("not logged within 60 s:\n" + string.Join('\n', logs.Entries.Select(e => e.AllText)));
    }
}
