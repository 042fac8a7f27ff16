using System.Diagnostics;
using System.Net;

namespace ChatBot.Tests.Hosting;

/// <summary>
/// With an app id configured the host is a production bot: the Bot Builder SDK's own
/// authentication must refuse anything without a valid Bot Connector token, with 401 (not a 500),
/// and promptly, although validating a token would need the OpenID metadata from the internet,
/// which this machine cannot reach.
/// </summary>
public sealed class AppIdAuthenticationTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly BotHost _host = new(settings: new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "3f0a9c1e-7b2d-4c55-9e61-0d8a4b7f2c13",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "8c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e",
    });

    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await _host.StartAsync();

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task AppIdSet_NoAuthorizationHeader_IsRefusedWith401()
    {
        using var request = Question(authorization: null);
        using var bound = new CancellationTokenSource(Bound);

        var response = await _client.SendAsync(request, bound.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Putin", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Bearer junk")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task AppIdSet_UnusableToken_IsRefusedWith401WithoutHanging(string authorization)
    {
        using var request = Question(authorization);
        using var bound = new CancellationTokenSource(Bound);
        var clock = Stopwatch.StartNew();

        // Cancelled (and so failed) if the host hangs fetching metadata it cannot reach.
        var response = await _client.SendAsync(request, bound.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        Assert.DoesNotContain("Putin", await response.Content.ReadAsStringAsync());
    }

    private HttpRequestMessage Question(string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new ActivityClient(_client).Message("what did Putin say about collusion?")),
        };
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    [Fact]
    public async Task AppIdSet_WellFormedTokenWhileSigningKeysAreUnreachable_IsRefusedWith503NotAnswered()
    {
        // A JWT that is well formed but signed by nobody: checking it needs Bot Connector's keys,
        // which this offline machine cannot fetch. The request must neither be answered nor
        // crash (500): 503 tells Bot Connector to retry. (Online, the SDK refuses it with 401.)
        const string unsigned = "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiM2YwYTljMWUtN2IyZC00YzU1LTllNjEtMGQ4YTRiN2YyYzEzIn0.c2lnbmF0dXJl";
        using var request = Question(unsigned);
        using var bound = new CancellationTokenSource(Bound);

        var response = await _client.SendAsync(request, bound.Token);

        Assert.True(response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.Unauthorized, $"status {(int)response.StatusCode}");
        Assert.DoesNotContain("Putin", await response.Content.ReadAsStringAsync());
    }
}
