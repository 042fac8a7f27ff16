using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.DirectLine;

/// <summary>
/// Speaks Direct Line 3.0 to the host as plain HTTP and JSON, the way Web Chat's client does:
/// token from the host's token endpoint, then Bearer-authorised calls under /v3/directline.
/// </summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    public string ConversationId { get; private set; } = "";

    public string Token { get; set; } = "";

    public static async Task<DirectLineTestClient> OpenAsync(HttpClient http)
    {
        var client = new DirectLineTestClient(http);
        var response = await http.PostAsync("api/directline/token", null);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        client.ConversationId = (string)body["conversationId"]!;
        client.Token = (string)body["token"]!;
        return client;
    }

    public Task<HttpResponseMessage> StartAsync() =>
        SendAsync(HttpMethod.Post, "v3/directline/conversations", new JsonObject { ["user"] = new JsonObject { ["id"] = "user-1" } });

    public JsonObject Message(string text, string clientActivityId) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Reader", ["role"] = "user" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
    };

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? conversationId = null) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities", activity);

    /// <summary>Posts a message and returns the id the endpoint gave it.</summary>
    public async Task<string> SayAsync(string text, string? clientActivityId = null)
    {
        var response = await PostActivityAsync(Message(text, clientActivityId ?? Guid.NewGuid().ToString("N")));
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    public Task<HttpResponseMessage> GetActivitiesAsync(string? watermark = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities?watermark={watermark}", null);

    /// <summary>The activities after the watermark and the next watermark.</summary>
    public async Task<(List<JsonObject> Activities, string Watermark)> ReadAsync(string? watermark = null)
    {
        var response = await GetActivitiesAsync(watermark);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList(), (string)body["watermark"]!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (Token.Length > 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await http.SendAsync(request);
    }
}
