using System.Net.Http.Headers;

namespace ChatBot.Benchmarks.Http;

/// <summary>From process start to the first real answer: asks the question as soon as the port
/// accepts connections, and again until the reply is an answer rather than "still reading".</summary>
public static class ColdStart
{
    public const string StillReading = "I am still reading";

    public static async Task<double> MeasureAsync(HostProcess host, string question, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var payload = ActivityPayloads.Message("bench-cold-start", question, 0);
        while (host.SinceStart.Elapsed < timeout)
        {
            host.ThrowIfExited();
            try
            {
                using var content = new ByteArrayContent(payload);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("api/messages", content, cancellationToken);
                if (response.IsSuccessStatusCode
                    && ActivityPayloads.FirstReplyText(await response.Content.ReadAsStringAsync(cancellationToken)) is { } text
                    && !text.StartsWith(StillReading, StringComparison.Ordinal))
                    return host.SinceStart.Elapsed.TotalMilliseconds;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(10, cancellationToken);
        }
        throw new TimeoutException($"no answer within {timeout.TotalSeconds:F0} s of starting the host:\n{host.Output}");
    }
}
