using System.Diagnostics;
using System.Text.Json;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Answering.Questions;
using CsCheck;
using Xunit.Abstractions;

namespace ChatBot.Answering.Tests.Fuzzing;

/// <summary>
/// Property test: whatever a user types, in whatever order, the answering code replies with a
/// normal answer. 100,000 random and adversarial messages go through the real AnswerService
/// over the seed index on disk, in conversations of four turns sharing one memory (carried
/// between turns as JSON, as the host stores it), so follow-ups act on hostile earlier turns.
/// </summary>
public sealed class AnswerServiceFuzzTests(SeedCoverage coverage, ITestOutputHelper output) : IClassFixture<SeedCoverage>
{
    private const int Turns = 4;
    private const int Conversations = 25_000;

    [Fact]
    public void Answer_HundredThousandHostileQuestions_AlwaysANormalReplyThatQuotesOnlyThePersonAsked()
    {
        var answers = coverage.Answers;
        var speakers = answers.Catalog.Speakers.ToList();
        var outlets = answers.Catalog.Outlets;
        // Real words from the coverage, so "who said ..." sometimes finds something.
        var phrases = speakers
            .SelectMany(s => answers.Answer($"what did {s} say?", new ConversationMemory()).Items)
            .Select(i => string.Join(' ', i.Quote.Split(' ').Take(6)))
            .ToList();
        Assert.NotEmpty(speakers);
        Assert.NotEmpty(phrases);

        var kinds = new System.Collections.Concurrent.ConcurrentDictionary<QuestionKind, (long Count, long Ticks)>();
        var asked = 0L;
        var found = 0L;
        var clock = Stopwatch.StartNew();
        HostileQuestions.Conversation(speakers, outlets, phrases, Turns).Sample(conversation =>
        {
            var memory = new ConversationMemory();
            foreach (var message in conversation)
            {
                var started = Stopwatch.GetTimestamp();
                var answer = answers.Answer(message, memory);
                var ticks = Stopwatch.GetTimestamp() - started;
                kinds.AddOrUpdate(answer.Question.Kind, (1, ticks), (_, c) => (c.Count + 1, c.Ticks + ticks));
                Interlocked.Increment(ref asked);
                if (answer.Items.Count > 0)
                    Interlocked.Increment(ref found);
                AssertNormal(message, answer);
                memory = RoundTrip(memory);
            }
        }, iter: Conversations, print: Describe);

        output.WriteLine($"Questions fuzzed: {asked:N0} ({found:N0} answered with quotes) in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (kind, (count, ticks)) in kinds.OrderByDescending(k => k.Value.Count))
            output.WriteLine($"  {kind}: {count:N0} questions, {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds / count:F2} ms each");
        Assert.Equal(Turns * Conversations, asked);
    }

    private static void AssertNormal(string message, Answer answer)
    {
        var text = AnswerText.Render(answer);
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidOperationException($"Empty reply to {Describe(message)}");
        if (answer.Items.Count > AnswerService.PageSize)
            throw new InvalidOperationException($"{answer.Items.Count} results (page size {AnswerService.PageSize}) for {Describe(message)}");
        // The worst bug: a quote attributed to someone other than the person asked about.
        if (answer.Question.Kind is QuestionKind.SpeakerOnTopic or QuestionKind.SpeakerAnything)
        {
            foreach (var item in answer.Items)
            {
                if (item.Speaker is null || !answer.Question.Speakers.Contains(item.Speaker))
                    throw new InvalidOperationException($"Asked about {string.Join(", ", answer.Question.Speakers)}, got a quote from {item.Speaker ?? "nobody"}: {Describe(message)}");
            }
        }
    }

    /// <summary>The host keeps a copy of the memory between turns; so does this test.</summary>
    private static ConversationMemory RoundTrip(ConversationMemory memory) => memory.Copy();

    private static string Describe(string[] conversation) => string.Join(" | ", conversation.Select(Describe));

    /// <summary>Messages escaped, so control characters and surrogates show in a failure report.</summary>
    private static string Describe(string message) =>
        JsonSerializer.Serialize(message.Length > 200 ? message[..200] + $"…({message.Length} chars)" : message);
}
