using System.Net;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Observability;

/// <summary>/healthz (liveness) answers as soon as the host runs; /healthz/ready (readiness)
/// is 503 while the first indexing runs and 200 once the index can be searched.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Health_WhileIndexingThenAfter_LiveAtOnceReadyOnlyWhenIndexed()
    {
        using var gate = new ArticlesGate();
        await using var host = new BotHost(gate.Path);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };

        var live = await client.GetAsync("healthz");
        var notReady = await client.GetAsync("healthz/ready");
        var stillReading = ActivityClient.Visible(await new ActivityClient(client).AskAsync("what did Putin say about collusion?"));
        gate.Open();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage ready;
        while ((ready = await client.GetAsync("healthz/ready")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("indexing", (string?)JsonNode.Parse(await notReady.Content.ReadAsStringAsync())?["status"]);
        Assert.Contains("still reading the coverage", stillReading);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", (string?)JsonNode.Parse(await ready.Content.ReadAsStringAsync())?["status"]);
        Assert.Contains("definitively prove the collusion", ActivityClient.Visible(await new ActivityClient(client).AskAsync("what did Putin say about collusion?")));
    }
}
