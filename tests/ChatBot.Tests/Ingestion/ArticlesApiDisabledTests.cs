using System.Net;

namespace ChatBot.Tests.Ingestion;

public sealed class ArticlesApiDisabledTests
{
    [Fact]
    public async Task Articles_NoKeyConfigured_Are404EvenWithAKey()
    {
        await using var host = new BotHost();
        using var client = await host.StartAsync();
        var api = new ArticlesApi(client, "any-key");

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("{}", "application/json")).StatusCode);
    }
}
