using System.Diagnostics;
using System.Net.Http.Headers;
using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers, each with its own conversation,
/// post questions back to back until the request count (or the time budget) is spent. A warm-up
/// round is run first and not counted. Non-2xx responses are counted as errors.
/// </summary>
public static class HttpLoad
{
    public static async Task<(LatencyStats Stats, int Errors)> RunAsync(Uri address, IReadOnlyList<string> questions, int concurrency,
        int requests, int warmup, TimeSpan budget, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        var payloads = Enumerable.Range(0, concurrency)
            .Select(w => questions.Select((q, i) => ActivityPayloads.Message($"bench-c{concurrency}-w{w}", q, i)).ToArray())
            .ToArray();

        await Phase(client, payloads, warmup, TimeSpan.FromSeconds(60), null, cancellationToken);
        var times = new List<double>(requests);
        var wall = Stopwatch.StartNew();
        var errors = await Phase(client, payloads, requests, budget, times, cancellationToken);
        var elapsed = wall.Elapsed;
        return (LatencyStats.Of(times, elapsed), errors);
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
