using System.Diagnostics;
using System.Net.Http.Headers;
using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers, each with its own conversation,
/// post questions back to back until the request count (or the time budget) is spent. Non-2xx
/// responses are counted as errors. The same load is run first, uncounted, until the host is
/// warm (see <see cref="WarmUpAsync"/>).
/// </summary>
public static class HttpLoad
{
    /// <summary>Warm-up is measured in windows of this length...</summary>
    private static readonly TimeSpan WarmUpWindow = TimeSpan.FromSeconds(3);

    /// <summary>...until one serves no more than this much more than the best before it...</summary>
    private const double Settled = 1.05;

    /// <summary>...or this long has passed.</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(60);

    public static async Task<LoadResult> RunAsync(Uri address, IReadOnlyList<string> questions, int concurrency,
        int requests, int warmup, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var payloads = Enumerable.Range(0, concurrency)
            .Select(w => questions.Select((q, i) => ActivityPayloads.Message($"bench-c{concurrency}-w{w}", q, i)).ToArray())
            .ToArray();

        var warmedUp = await WarmUpAsync(client, payloads, warmup, cancellationToken);
        var times = new List<double>(requests);
        var wall = Stopwatch.StartNew();
        var errors = await Phase(client, payloads, requests, budget, times, cancellationToken);
        var elapsed = wall.Elapsed;
        return new LoadResult(LatencyStats.Of(times, elapsed), errors, warmedUp);
    }

    /// <summary>
    /// Sends at least <paramref name="minimum"/> requests, then keeps the load on while the host
    /// still gets faster from one window to the next. A freshly started host first runs code
    /// compiled quickly, and the runtime replaces the hot methods with optimised code over the
    /// next seconds (tiered compilation), on the same two cores; here the bot's c32 throughput
    /// doubled over its first 15 seconds of load. What is measured is the host as it runs for
    /// the rest of its life, the bot and the echo floor alike. Returns how long it took.
    /// </summary>
    private static async Task<TimeSpan> WarmUpAsync(HttpClient client, byte[][][] payloads, int minimum, CancellationToken cancellationToken)
    {
        var wall = Stopwatch.StartNew();
        await Phase(client, payloads, minimum, WarmUpLimit, null, cancellationToken);
        var best = 0.0;
        while (wall.Elapsed < WarmUpLimit)
        {
            var window = new List<double>();
            var clock = Stopwatch.StartNew();
            await Phase(client, payloads, int.MaxValue, WarmUpWindow, window, cancellationToken);
            var perSecond = window.Count / clock.Elapsed.TotalSeconds;
            if (perSecond <= best * Settled)
                break;
            best = Math.Max(best, perSecond);
        }
        return wall.Elapsed;
    }

    private static async Task<int> Phase(HttpClient client, byte[][][] payloads, int requests, TimeSpan budget, List<double>? times, CancellationToken cancellationToken)
    {
        var next = -1;
        var errors = 0;
        var wall = Stopwatch.StartNew();
        var workers = payloads.Select(async (mine, worker) =>
        {
            var local = new List<double>();
            var sent = 0;
            while (Interlocked.Increment(ref next) < requests && wall.Elapsed < budget)
            {
                using var content = new ByteArrayContent(mine[sent++ % mine.Length]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var clock = Stopwatch.StartNew();
                using var response = await client.PostAsync("api/messages", content, cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                local.Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                    Interlocked.Increment(ref errors);
            }
            return local;
        }).ToList();
        foreach (var local in await Task.WhenAll(workers))
            times?.AddRange(local);
        return errors;
    }
}
