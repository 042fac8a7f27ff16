using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Tests.DirectLine;

/// <summary>
/// Stands in for Azure Bot Service's Direct Line on a loopback port (the real one cannot be
/// reached from here): <c>POST /v3/directline/tokens/generate</c> answers a conversation token
/// when the expected secret is presented, 403 otherwise, and remembers what it was sent.
/// </summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    public const string ConversationId = "AzureConversation-1";
    public const string IssuedToken = "azure-issued-token";

    private WebApplication _app = null!;

    public Uri Endpoint { get; private set; } = null!;

    public List<string> AuthorizationHeaders { get; } = [];

    public static async Task<FakeAzureDirectLine> StartAsync(string secret)
    {
        var fake = new FakeAzureDirectLine();
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/v3/directline/tokens/generate", (HttpContext context) =>
        {
            var authorization = context.Request.Headers.Authorization.ToString();
            lock (fake.AuthorizationHeaders)
                fake.AuthorizationHeaders.Add(authorization);
            return authorization == "Bearer " + secret
                ? Results.Json(new { conversationId = ConversationId, token = IssuedToken, expires_in = 3600 })
                : Results.Json(new { error = new { code = "BadArgument", message = "Unknown secret" } }, statusCode: 403);
        }));
        fake._app = app;
        fake.Endpoint = new Uri(address, "v3/directline");
        return fake;
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(_app);
}
