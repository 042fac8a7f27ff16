namespace ChatBot.Benchmarks;

/// <summary>What to measure: <see cref="Sentences"/> is the largest tier (10k, 100k and 1M run
/// below it); <see cref="Rounds"/> times through the question set per tier in-process, and the
/// request counts, bound the run time. <see cref="SkipHost"/> leaves out everything that
/// starts the host (HTTP, peak RSS, cold start), for quick in-process iterations.</summary>
public sealed record BenchOptions(int Sentences, int Requests, int Rounds, string? WorkFolder, bool Keep, bool SkipHost = false)
{
    public static readonly int[] StandardTiers = [10_000, 100_000, 1_000_000];

    public IReadOnlyList<int> Tiers => StandardTiers.Where(t => t < Sentences).Append(Sentences).ToList();
}
