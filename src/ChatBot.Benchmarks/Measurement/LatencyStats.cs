namespace ChatBot.Benchmarks.Measurement;

/// <summary>Percentiles and throughput of a list of timings in milliseconds.</summary>
public sealed record LatencyStats(int Count, double P50Ms, double P99Ms, double PerSecond)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds, TimeSpan wallClock)
    {
        if (milliseconds.Count == 0)
            return new LatencyStats(0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            sorted.Length / Math.Max(wallClock.TotalSeconds, 1e-9));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
