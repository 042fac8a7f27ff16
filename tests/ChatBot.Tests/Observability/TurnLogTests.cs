using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Observability;

/// <summary>Each turn is logged as one structured entry (conversation, question kind, result
/// count, latency); the question text itself only when <c>ChatBot:LogQuestions</c> is on.</summary>
public sealed class TurnLogTests
{
    private const string Question = "what did Putin say about collusion?";

    [Fact]
    public async Task Turn_Default_LogsConversationKindCountAndLatencyButNotTheQuestion()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = Host(logs, logQuestions: null);
        using var client = await host.StartAsync();
        var conversation = new ActivityClient(client);

        await conversation.AskAsync(Question);

        var turn = Assert.Single(logs.Entries, e => e.Category == "ChatBot.Bot.CoverageBot" && e.Level == LogLevel.Information);
        Assert.Equal(conversation.ConversationId, turn.Values["ConversationId"]);
        Assert.Equal("SpeakerOnTopic", turn.Values["Kind"]?.ToString());
        Assert.InRange((int)turn.Values["Results"]!, 1, 3);
        Assert.IsType<double>(turn.Values["Milliseconds"]);
        Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains("collusion", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Turn_LogQuestionsOn_AlsoLogsTheQuestion()
    {
        var logs = new RecordingLoggerProvider();
        await using var host = Host(logs, logQuestions: "true");
        using var client = await host.StartAsync();

        await new ActivityClient(client).AskAsync(Question);

        var turn = Assert.Single(logs.Entries, e => e.Category == "ChatBot.Bot.CoverageBot" && e.Level == LogLevel.Information);
        Assert.Equal(Question, turn.Values["Question"]);
    }

    private static BotHost Host(RecordingLoggerProvider logs, string? logQuestions)
    {
        var settings = new Dictionary<string, string?>(SecretLoggingTests.EverythingLogged);
        if (logQuestions is not null)
            settings["ChatBot:LogQuestions"] = logQuestions;
        return new BotHost(settings: settings) { TestServices = services => services.AddSingleton<ILoggerProvider>(logs) };
    }
}
