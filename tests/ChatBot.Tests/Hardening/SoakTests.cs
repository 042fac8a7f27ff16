using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.State;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// Load: 32 conversations at once for a minute through /api/messages (expectReplies) on
/// loopback, each moving to a fresh conversation every few turns so far more conversations are
/// opened than the state store may keep. Zero errors, every reply right for its own question,
/// the state store bounded, and managed memory flat.
/// </summary>
[Collection(SoakCollection.Name)]
[Trait("Category", "Soak")]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int Workers = 32;
    private const int TurnsPerConversation = 5;
    private const int MaxConversations = 64;
    // A safety cap far above what a minute can serve here (about 4,600 requests/s once the SDK's
    // connector clients stopped being built per turn), so the soak always lasts its minute.
    private const int MaxRequests = 2_000_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Messages_32ConversationsForAMinute_NoErrorsRightRepliesBoundedStateFlatMemory()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string?>
        {
            ["ChatBot:ConversationState:MaxConversations"] = MaxConversations.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var http = await host.StartAsync();
        var expectations = Expectations(host.Services.GetRequiredService<AnswerService>());
        Assert.True(expectations.Count >= 4, $"only {expectations.Count} checkable questions in the index");
        var memories = host.Services.GetRequiredService<ConversationMemoryStore>();

        // Warm up (JIT, caches) before the baseline, so only growth under load is measured.
        foreach (var expected in expectations)
            await new ActivityClient(http).AskAsync(expected.Question);
        var memoryBefore = SettledMemory();

        var served = 0;
        var conversations = 0;
        var errors = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var turn = 0;
            ActivityClient? client = null;
            while (clock.Elapsed < Duration && Interlocked.Increment(ref served) <= MaxRequests && errors.Count < 20)
            {
                if (turn++ % TurnsPerConversation == 0)
                {
                    client = new ActivityClient(http);
                    Interlocked.Increment(ref conversations);
                }
                var expected = expectations[(worker + turn) % expectations.Count];
                try
                {
                    var problem = await AskAndCheckAsync(client!, expected);
                    if (problem is not null)
                        errors.Enqueue(problem);
                }
                catch (Exception e)
                {
                    errors.Enqueue($"{expected.Question}: {e.GetType().Name}: {e.Message}");
                }
            }
        })));
        var elapsed = clock.Elapsed;
        var total = Math.Min(served - Workers, MaxRequests);
        var memoryAfter = SettledMemory();

        output.WriteLine($"Requests served under load: {total:N0} in {elapsed.TotalSeconds:F0} s ({total / elapsed.TotalSeconds:F0}/s), " +
            $"{expectations.Count} distinct questions, {conversations:N0} conversations, conversations remembered {memories.Count}, managed memory {memoryBefore / 1e6:F1} MB -> {memoryAfter / 1e6:F1} MB, " +
            $"working set {Process.GetCurrentProcess().WorkingSet64 / 1e6:F0} MB");
        Assert.True(errors.IsEmpty, string.Join("\n", errors));
        Assert.True(elapsed >= Duration, $"stopped after {elapsed}");
        Assert.True(conversations > MaxConversations, "the state store was never full");
        Assert.InRange(memories.Count, 1, MaxConversations);
        // Flat: what stays after a minute of traffic is a bounded store, not every conversation.
        Assert.True(memoryAfter - memoryBefore < 16_000_000, $"managed memory grew by {(memoryAfter - memoryBefore) / 1e6:F1} MB");
    }

    /// <summary>Null when the reply is right for the question, else what is wrong.</summary>
    private static async Task<string?> AskAndCheckAsync(ActivityClient client, ExpectedReply expected)
    {
        var message = client.Message(expected.Question);
        var response = await client.PostAsync(message);
        if (!response.IsSuccessStatusCode)
            return $"{expected.Question}: HTTP {(int)response.StatusCode}";
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var replies = body?["activities"]?.AsArray() ?? [];
        if (replies.Count != 1)
            return $"{expected.Question}: {replies.Count} replies";
        var reply = replies[0]!;
        var text = (string?)reply["text"] ?? "";
        if ((string?)reply["conversation"]?["id"] != client.ConversationId || (string?)reply["replyToId"] != (string?)message["id"])
            return $"{expected.Question}: a reply addressed to another conversation or message";
        if (!text.Contains(expected.Speaker, StringComparison.Ordinal) || !text.Contains(expected.Words, StringComparison.Ordinal))
            return $"{expected.Question}: expected {expected.Speaker} saying \"{expected.Words}\", got: {text}";
        return null;
    }

    /// <summary>Questions with a known right answer, taken from the index itself: what each
    /// person quoted said first, and who said a few of those words.</summary>
    private static List<ExpectedReply> Expectations(AnswerService answers)
    {
        var expectations = new List<ExpectedReply>();
        foreach (var speaker in answers.Catalog.Speakers.Take(8))
        {
            var question = $"what did {speaker} say?";
            var item = answers.Answer(question, new ConversationMemory()).Items.FirstOrDefault(i => i.Kind == AnswerItemKind.Direct && i.Quote.Length > 30);
            if (item is null)
                continue;
            var words = item.Quote.Trim()[..30];
            expectations.Add(new ExpectedReply(question, speaker, words));
            var whoSaid = $"who said \"{words}\"?";
            var check = answers.Answer(whoSaid, new ConversationMemory());
            if (check.Items.FirstOrDefault() is { Speaker: { } who } && who == speaker)
                expectations.Add(new ExpectedReply(whoSaid, speaker, words));
        }
        return expectations;
    }

    private static long SettledMemory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
