using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.DirectLine;

/// <summary>With a Direct Line secret configured, the token endpoint exchanges it server-side
/// with (a loopback stand-in for) Azure's Direct Line, and the built-in endpoint is off.</summary>
public sealed class ProductionModeTests
{
    private const string Secret = "direct-line-secret-for-tests";

    [Fact]
    public async Task Token_SecretConfigured_ExchangesTheSecretWithDirectLineAndNeverReturnsIt()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(Secret);
        await using var host = new BotHost(settings: Settings(azure.Endpoint));
        var http = await host.StartAsync();

        var response = await http.PostAsync("api/directline/token", null);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(text)!;
        Assert.Equal(FakeAzureDirectLine.IssuedToken, (string?)body["token"]);
        Assert.Equal(FakeAzureDirectLine.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(3600, (int)body["expires_in"]!);
        Assert.Equal(azure.Endpoint.ToString(), (string?)body["domain"]);
        Assert.Equal(["Bearer " + Secret], azure.AuthorizationHeaders);
        Assert.DoesNotContain(Secret, text);
        var page = await http.GetStringAsync("/");
        Assert.DoesNotContain(Secret, page);
    }

    [Fact]
    public async Task Token_DirectLineRefusesTheSecret_AnswersBadGatewayWithoutTheSecret()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync("another-secret");
        await using var host = new BotHost(settings: Settings(azure.Endpoint));
        var http = await host.StartAsync();

        var response = await http.PostAsync("api/directline/token", null);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, text);
        Assert.Contains("try again", text);
    }

    [Fact]
    public async Task BuiltInDirectLine_SecretConfigured_IsNotServed()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync(Secret);
        await using var host = new BotHost(settings: Settings(azure.Endpoint));
        var http = await host.StartAsync();

        var response = await http.PostAsync("v3/directline/conversations", JsonContent.Create(new { }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string?> Settings(Uri azure) => new()
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:AzureEndpoint"] = azure.ToString(),
    };
}
