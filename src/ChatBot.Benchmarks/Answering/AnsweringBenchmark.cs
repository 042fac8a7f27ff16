using System.Diagnostics;
using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Measurement;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks.Answering;

/// <summary>The real <see cref="AnswerService"/> on one thread, without its result cache: each
/// question in a fresh conversation (no follow-up memory), rendered to the reply text as the
/// bot would.</summary>
public static class AnsweringBenchmark
{
    public static AnsweringResult Run(CoverageIndex index, IReadOnlyList<BenchQuestion> questions, int rounds, TimeSpan budget, CancellationToken cancellationToken)
    {
        // Every question searched afresh: these figures are the search's, not the result cache's.
        var service = new AnswerService(index, cachedSearches: 0);
        var found = 0;
        foreach (var question in questions)
        {
            // Also counts the questions answered.
            if (service.Answer(question.Text, new ConversationMemory()).Status == AnswerStatus.Found)
                found++;
        }
        // JIT, the catalog, Lucene's caches, the index's pages.
        WarmUp.Run(() =>
        {
            foreach (var question in questions)
                AnswerText.Render(service.Answer(question.Text, new ConversationMemory()));
        });

        var all = new List<double>();
        var byKind = questions.Select(q => q.Kind).Distinct().ToDictionary(k => k, _ => new List<double>());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds && (round == 0 || wall.Elapsed < budget); round++)
        {
            foreach (var question in questions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var clock = Stopwatch.StartNew();
                AnswerText.Render(service.Answer(question.Text, new ConversationMemory()));
                var ms = clock.Elapsed.TotalMilliseconds;
                all.Add(ms);
                byKind[question.Kind].Add(ms);
            }
        }
        var elapsed = wall.Elapsed;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        return new AnsweringResult(
            LatencyStats.Of(all, elapsed),
            byKind.ToDictionary(k => k.Key, k => LatencyStats.Of(k.Value, TimeSpan.FromMilliseconds(k.Value.Sum()))),
            found,
            questions.Count,
            cpuMs / Math.Max(all.Count, 1));
    }
}
