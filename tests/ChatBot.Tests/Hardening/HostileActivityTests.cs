using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ChatBot.Bot;
using Xunit.Abstractions;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// Hostile and broken activities over HTTP against the real host: each gets a 4xx or a polite
/// reply (never a 5xx, never the "something went wrong" reply of a crashed turn), and the host
/// answers a normal question right afterwards.
/// </summary>
public sealed class HostileActivityTests(SeedHostFixture host, ITestOutputHelper output) : IClassFixture<SeedHostFixture>
{
    public static TheoryData<string> Names => HostileActivities.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Post_HostileActivity_4xxOrPoliteReply_AndTheHostKeepsServing(string name)
    {
        var hostile = HostileActivities.All[name];
        var content = new ByteArrayContent(hostile.Body);
        if (hostile.ContentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(hostile.ContentType);

        var response = await host.Client.PostAsync("api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{name}: {(int)response.StatusCode} {Shorten(body)}");

        var status = (int)response.StatusCode;
        Assert.True(status is >= 200 and < 300 or >= 400 and < 500, $"{name}: HTTP {status} {Shorten(body)}");
        if (status < 300 && body.Length > 0)
        {
            // An invoke's answer is an invokeResponse (status in its value), not a message.
            foreach (var reply in (JsonNode.Parse(body)?["activities"]?.AsArray() ?? []).Where(r => (string?)r?["type"] != "invokeResponse"))
            {
                var text = (string?)reply?["text"];
                Assert.False(string.IsNullOrWhiteSpace(text) && reply?["attachments"] is null, $"{name}: an empty reply");
                Assert.NotEqual(AdapterWithErrorHandler.ErrorReply, text);
            }
        }
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_BodyOverTheLimitWithoutContentLength_IsRefusedWith413()
    {
        var activity = HostileActivities.Valid();
        activity["text"] = new string('a', (int)ChatBot.Hosting.BotEndpoints.MaxActivityBytes);
        // Chunked: no Content-Length to check up front, so the limit must hold while reading.
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task Post_ImageInsteadOfText_SaysItReadsOnlyText()
    {
        var hostile = HostileActivities.All["image attachment without text"];
        var content = new ByteArrayContent(hostile.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await host.Client.PostAsync("api/messages", content);

        var text = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!["text"];
        Assert.Contains("only read text", text);
    }

    [Fact]
    public async Task Get_MessagesEndpoint_IsNotAllowed()
    {
        var response = await host.Client.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertStillAnswersAsync()
    {
        var replies = await new ActivityClient(host.Client).AskAsync("what did Putin say about collusion?");
        Assert.Contains("definitively prove the collusion", (string?)replies[0]["text"]);
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
