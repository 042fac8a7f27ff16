using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// With an app id configured, a well-formed token that no channel signed is refused with 401
/// by the SDK's own validation, never a 500 and never a hang. The SDK's OpenID metadata comes
/// from a loopback stand-in (<see cref="OpenIdMetadataServer"/>), so validation is real and
/// deterministic offline; a last test leaves the SDK's default metadata address in place
/// (unreachable offline: 503, never 500).
/// </summary>
public sealed class ForgedTokenTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string AppId = "5f2a7d9e-3c1b-4e8a-9f60-1d2c3b4a5e6f";

    private OpenIdMetadataServer _metadata = null!;
    private BotHost _host = null!;
    private HttpClient _client = null!;

    public static TheoryData<string> Kinds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var kind in ForgedTokens.Kinds)
                data.Add(kind);
            return data;
        }
    }

    public async Task InitializeAsync()
    {
        _metadata = await OpenIdMetadataServer.StartAsync();
        _metadata.TrustCertificate();
        _host = new BotHost(settings: AuthenticationSettings(_metadata.MetadataUrl.ToString()));
        _client = await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Post_ForgedToken_IsRefusedWith401(string kind)
    {
        var response = await PostWithTokenAsync(_client, ForgedTokens.Create(kind, AppId, "http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenSignedWithThePublishedKey_IsAnswered()
    {
        // The control: the same claims, signed by the key the metadata publishes, get through,
        // so the 401s above are the SDK rejecting forgeries, not a broken set-up.
        var token = _metadata.Sign(ForgedTokens.Descriptor(ForgedTokens.ChannelIssuer, AppId, "http://127.0.0.1:9/"));

        var response = await PostWithTokenAsync(_client, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vladimir Putin", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_ForgedTokenWithTheSdksDefaultMetadata_IsRefusedAtOnceNeverWith500()
    {
        // The default metadata lives on the internet. Online, the signature check fails: 401.
        // Offline (as here and in CI) the keys cannot be fetched: 503, so a channel retries,
        // not a 500 and not a request that hangs. Either way the forged token gets nothing.
        await using var host = new BotHost(settings: AuthenticationSettings(metadataUrl: null));
        using var client = await host.StartAsync();
        var clock = Stopwatch.StartNew();

        var response = await PostWithTokenAsync(client, ForgedTokens.Create(ForgedTokens.Kinds[0], AppId, "http://127.0.0.1:9/"));

        output.WriteLine($"{(int)response.StatusCode} after {clock.ElapsedMilliseconds} ms");
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable });
        Assert.DoesNotContain("Vladimir Putin", await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string?> AuthenticationSettings(string? metadataUrl)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-password",
        };
        if (metadataUrl is not null)
        {
            // Setting any of these makes the SDK take every one from configuration, so all are
            // given their public-cloud values, but the metadata is fetched from the stand-in.
            settings["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl;
            settings["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl;
            settings["ToBotFromChannelTokenIssuer"] = ForgedTokens.ChannelIssuer;
            settings["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com";
            settings["ToChannelFromBotOAuthScope"] = "https://api.botframework.com";
            settings["OAuthUrl"] = "https://api.botframework.com";
            settings["CallerId"] = "urn:botframework:azure";
            settings["ValidateAuthority"] = "true";
        }
        return settings;
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string token)
    {
        var activity = HostileActivities.Valid();
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
