using System.Diagnostics;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Indexing;

namespace ChatBot.Hosting;

/// <summary>
/// Asks the answering code a few questions as soon as the index can be searched, so the first
/// reader after a start does not wait for it to be compiled (and the coverage catalog read):
/// the first answer of a fresh process took about half a second of CPU, the next ones about a
/// millisecond. The questions name the most quoted person in the coverage, so they go the way a
/// reader's do; their results are kept by the result cache like anyone's, and nothing is logged
/// per question.
/// </summary>
internal sealed class AnsweringWarmUp(AnswerService answers, IndexingState state, ILogger<AnsweringWarmUp> logger) : BackgroundService
{
    // Long enough for the seed articles to be indexed on a fresh index; an index still being
    // built after that is warmed up as it stands.
    private static readonly TimeSpan LongestWaitForIndex = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        while (!state.IsReady && clock.Elapsed < LongestWaitForIndex)
            await Task.Delay(50, stoppingToken).ConfigureAwait(false);
        try
        {
            var person = answers.Catalog.PeopleNamedInFull.FirstOrDefault();
            string[] questions = person is null
                ? ["what was said about the election?"]
                : [$"what did {person} say?", $"what did {person} say about the election?", "what was said about the election?"];
            foreach (var question in questions)
            {
                stoppingToken.ThrowIfCancellationRequested();
                AnswerText.Render(answers.Answer(question, new ConversationMemory()));
            }
            logger.LogDebug("Answering warmed up with {Count} questions in {Milliseconds:F0} ms", questions.Length, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only a head start: the first reader's question goes the same way and is handled there.
            logger.LogWarning(e, "Warming up the answering code failed");
        }
    }
}
