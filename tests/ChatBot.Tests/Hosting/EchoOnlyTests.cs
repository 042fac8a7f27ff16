namespace ChatBot.Tests.Hosting;

/// <summary>The benchmark's protocol floor: with ChatBot:EchoOnly the same host echoes instead of answering.</summary>
public sealed class EchoOnlyTests
{
    [Fact]
    public async Task EchoOnly_Question_RepliesWithTheSameTextThroughTheSameEndpoint()
    {
        using var host = new BotHost(settings: new Dictionary<string, string?> { ["ChatBot:EchoOnly"] = "true" });
        var client = new ActivityClient(await host.StartAsync());

        var replies = await client.AskAsync("what did Putin say about collusion?");

        var reply = Assert.Single(replies);
        Assert.Equal("what did Putin say about collusion?", (string?)reply["text"]);
        Assert.Equal(client.ConversationId, (string?)reply["conversation"]?["id"]);
    }
}
