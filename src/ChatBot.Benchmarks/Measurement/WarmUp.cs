using System.Diagnostics;

namespace ChatBot.Benchmarks.Measurement;

/// <summary>
/// Unmeasured rounds before an in-process latency is measured: at least
/// <see cref="MinimumRounds"/>, and on until <see cref="MinimumTime"/> has passed. A tier's index
/// has just been built, so its first questions fault the index files' pages into the process,
/// and the runtime is still replacing quickly compiled code with optimised code (tiered
/// compilation) on paths that tier takes first. In a fresh process on the 1M index, the first
/// 20 seconds of answering had a p99 of 6.9 ms and the next 20 seconds 1.3 ms. The HTTP load
/// warms up the host in the same spirit (see <c>HttpLoad</c>); what a new process pays is
/// measured as cold start.
/// </summary>
public static class WarmUp
{
    public const int MinimumRounds = 3;

    public static readonly TimeSpan MinimumTime = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="round"/> until warm.</summary>
    public static void Run(Action round)
    {
        var clock = Stopwatch.StartNew();
        for (var rounds = 0; rounds < MinimumRounds || clock.Elapsed < MinimumTime; rounds++)
            round();
    }

    /// <summary>Calls <paramref name="ask"/> with every item, first until warm, then
    /// <paramref name="rounds"/> times over the items, timing each call.</summary>
    public static LatencyStats ThenTimeEach<T>(IReadOnlyList<T> items, int rounds, Action<T> ask)
    {
        Run(() =>
        {
            foreach (var item in items)
                ask(item);
        });
        var times = new List<double>(items.Count * rounds);
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var item in items)
            {
                var clock = Stopwatch.StartNew();
                ask(item);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        return LatencyStats.Of(times, wall.Elapsed);
    }
}
