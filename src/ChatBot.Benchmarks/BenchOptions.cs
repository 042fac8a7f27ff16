namespace ChatBot.Benchmarks;

/// <summary>What to measure: <see cref="Sentences"/> is the largest tier (10k, 100k and 1M run
/// below it); the request counts bound the HTTP runs.</summary>
public sealed record BenchOptions(int Sentences, int Requests, string? WorkFolder, bool Keep)
{
    public static readonly int[] StandardTiers = [10_000, 100_000, 1_000_000];

    public IReadOnlyList<int> Tiers => StandardTiers.Where(t => t < Sentences).Append(Sentences).ToList();
}
