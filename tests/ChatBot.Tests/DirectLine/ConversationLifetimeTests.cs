using System.Net;
using ChatBot.DirectLine;
using ChatBot.State;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.DirectLine;

/// <summary>Token expiry and idle clean-up on the real host, with a clock the test moves.</summary>
public sealed class ConversationLifetimeTests
{
    [Fact]
    public async Task Activities_TokenPastItsLifetime_AreForbidden()
    {
        var clock = new ManualClock();
        await using var host = new BotHost(services: s => s.AddSingleton<TimeProvider>(clock));
        var client = await DirectLineTestClient.OpenAsync(await host.StartAsync());

        clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetActivitiesAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cleanup_ConversationIdlePastTimeout_IsForgottenAndEnds()
    {
        var clock = new ManualClock();
        await using var host = new BotHost(services: s => s.AddSingleton<TimeProvider>(clock), settings: new Dictionary<string, string?>
        {
            ["DirectLine:IdleTimeout"] = "00:10:00",
            ["DirectLine:TokenLifetime"] = "01:00:00",
        });
        var http = await host.StartAsync();
        var idle = await DirectLineTestClient.OpenAsync(http);
        await idle.SayAsync("what did Putin say about collusion?");
        clock.Advance(TimeSpan.FromMinutes(6));
        var active = await DirectLineTestClient.OpenAsync(http);
        await active.SayAsync("help");
        clock.Advance(TimeSpan.FromMinutes(6));
        var memories = host.Services.GetRequiredService<ConversationMemoryStore>();
        Assert.Equal(2, memories.Count);

        host.Services.GetRequiredService<IdleConversationCleanup>().CleanUp();

        Assert.Equal(HttpStatusCode.NotFound, (await idle.GetActivitiesAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await active.GetActivitiesAsync()).StatusCode);
        Assert.Equal(1, host.Services.GetRequiredService<DirectLineConversationStore>().Count);
        Assert.Equal(1, memories.Count);
    }
}
