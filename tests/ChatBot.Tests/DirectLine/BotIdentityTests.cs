using System.Net;

namespace ChatBot.Tests.DirectLine;

/// <summary>A host with the bot's Azure identity configured (as when it also serves Teams):
/// /api/messages then demands Bot Connector tokens, while the built-in Direct Line, which checks
/// its own tokens, still reaches the bot without any call to Azure.</summary>
public sealed class BotIdentityTests
{
    [Fact]
    public async Task BuiltInDirectLine_AppIdConfigured_StillAnswersWithoutReachingAzure()
    {
        await using var host = new BotHost(settings: new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b1",
            ["MicrosoftAppPassword"] = "not-a-real-password",
            ["MicrosoftAppTenantId"] = "00000000-0000-0000-0000-0000000000e1",
        });
        var http = await host.StartAsync();
        var client = await DirectLineTestClient.OpenAsync(http);

        var id = await client.SayAsync("what did Putin say about collusion?");
        var unauthenticated = await new ActivityClient(http).PostAsync(new ActivityClient(http).Message("hello"));

        var (activities, _) = await client.ReadAsync();
        var answer = Assert.Single(activities, a => (string?)a["replyToId"] == id);
        Assert.Contains("Could you name a single fact", (string)answer["text"]!);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
    }
}
