using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.DirectLine;

/// <summary>The built-in Direct Line 3.0 endpoint over HTTP against the real host: the contract
/// Web Chat relies on, conversation-scoped tokens, and bad requests.</summary>
public sealed class DirectLineEndpointTests : IClassFixture<SeedHostFixture>
{
    private readonly HttpClient _http;

    public DirectLineEndpointTests(SeedHostFixture host) => _http = host.Client;

    [Fact]
    public async Task Token_Requested_ReturnsConversationTokenAndLifetime()
    {
        var response = await _http.PostAsync("api/directline/token", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrWhiteSpace((string?)body["conversationId"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)body["token"]));
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.EndsWith("/v3/directline", (string)body["domain"]!);
    }

    [Fact]
    public async Task StartConversation_WithToken_ReturnsTheConversationAndTheBotsWelcome()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);

        var response = await client.StartAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(client.ConversationId, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
        var (activities, _) = await client.ReadAsync();
        var welcome = Assert.Single(activities);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Contains("what did", (string)welcome["text"]!, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(welcome["suggestedActions"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_Question_EchoesTheMessageWithIdAndClientActivityIdThenTheAnswer()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);

        var id = await client.SayAsync("what did Putin say about collusion?", clientActivityId: "client-42");

        var (activities, _) = await client.ReadAsync();
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user-1", (string?)echo["from"]!["id"]);
        Assert.Equal("what did Putin say about collusion?", (string?)echo["text"]);
        Assert.Equal("webchat", (string?)echo["channelId"]);
        var answer = Assert.Single(activities, a => (string?)a["replyToId"] == id);
        var text = (string)answer["text"]!;
        Assert.Contains("Vladimir Putin", text);
        Assert.Contains("Could you name a single fact that would definitively prove the collusion?", text);
        Assert.Contains("Trump Refuses To Condemn Putin", text);
        Assert.Equal("markdown", (string?)answer["textFormat"]);
        Assert.Equal(client.ConversationId, (string?)answer["conversation"]!["id"]);
        Assert.True(activities.IndexOf(echo) < activities.IndexOf(answer), "the question comes before its answer");
    }

    [Fact]
    public async Task PostActivity_FollowUp_IsAnsweredFromTheSameConversationsMemory()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        await client.SayAsync("what did Putin say about collusion?");

        var id = await client.SayAsync("where was that published?");

        var (activities, _) = await client.ReadAsync();
        var answer = Assert.Single(activities, a => (string?)a["replyToId"] == id);
        Assert.Contains("Trump Refuses To Condemn Putin", (string)answer["text"]!);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyActivitiesAfterIt()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        var first = await client.SayAsync("help");
        var (all, watermark) = await client.ReadAsync();

        var (none, sameWatermark) = await client.ReadAsync(watermark);
        var second = await client.SayAsync("what did Putin say about collusion?");
        var (newer, nextWatermark) = await client.ReadAsync(watermark);

        Assert.Equal(2, all.Count); // the message and its answer
        Assert.Equal(first, (string?)all[0]["id"]);
        Assert.Empty(none);
        Assert.Equal(watermark, sameWatermark);
        Assert.Equal(2, newer.Count);
        Assert.Equal(second, (string?)newer[0]["id"]);
        Assert.Equal(second, (string?)newer[1]["replyToId"]);
        Assert.NotEqual(watermark, nextWatermark);
        var (fromStart, _) = await client.ReadAsync("0");
        Assert.Equal(4, fromStart.Count);
    }

    [Fact]
    public async Task Activities_TokenOfAnotherConversation_AreForbidden()
    {
        var mine = await DirectLineTestClient.OpenAsync(_http);
        var theirs = await DirectLineTestClient.OpenAsync(_http);
        await theirs.SayAsync("what did Putin say about collusion?");

        var read = await mine.GetActivitiesAsync(conversationId: theirs.ConversationId);
        var post = await mine.PostActivityAsync(mine.Message("hello", "x"), conversationId: theirs.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var (theirActivities, _) = await theirs.ReadAsync();
        Assert.DoesNotContain(theirActivities, a => (string?)a["text"] == "hello");
    }

    [Fact]
    public async Task Activities_WithoutToken_AreUnauthorized()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        var conversationId = client.ConversationId;
        client.Token = "";

        var read = await client.GetActivitiesAsync();
        var post = await client.PostActivityAsync(client.Message("hello", "x"), conversationId);

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }

    [Theory]
    [InlineData("junk")]
    [InlineData("a.b")]
    [InlineData("YWJjOjk5OTk5OTk5OTk.AAAA")]
    public async Task Activities_ForgedOrMalformedToken_AreForbidden(string token)
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        client.Token = token;

        var read = await client.GetActivitiesAsync();
        var start = await client.StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
    }

    [Fact]
    public async Task RefreshToken_ValidToken_ReturnsANewTokenForTheSameConversation()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        await client.SayAsync("help");

        var response = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(client.ConversationId, (string?)body["conversationId"]);
        client.Token = (string)body["token"]!;
        var (activities, _) = await client.ReadAsync();
        Assert.Equal(2, activities.Count);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"message\",\"text\":\"no sender\"}")]
    [InlineData("{\"type\":\"conversationUpdate\",\"from\":{\"id\":\"user-1\"}}")]
    public async Task PostActivity_BadActivity_IsABadRequest(string body)
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", client.Token);

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrEmpty((string?)error["error"]!["message"]));
    }

    [Fact]
    public async Task PostActivity_ChunkedBodyOverTheLimit_IsRefusedAsTooLarge()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        var huge = client.Message(new string('x', 300 * 1024), "big");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities")
        {
            // No Content-Length: the limit can only be noticed while reading.
            Content = new ChunkedContent(huge.ToJsonString()),
        };
        request.Headers.Authorization = new("Bearer", client.Token);

        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_WatermarkNotANumber_IsABadRequest()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);

        var response = await client.GetActivitiesAsync("yesterday");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
