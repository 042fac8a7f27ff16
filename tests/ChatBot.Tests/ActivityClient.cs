using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Tests;

/// <summary>
/// Posts Bot Framework activities to /api/messages as a channel would, as plain JSON: the tests
/// check the wire format, not the SDK's own objects.
/// </summary>
public sealed class ActivityClient(HttpClient http, string channelId = "emulator")
{
    public string ConversationId { get; } = Guid.NewGuid() + "|livechat";

    public string ServiceUrl { get; set; } = "http://127.0.0.1:9/";

    public JsonObject Message(string text, bool expectReplies = true) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["deliveryMode"] = expectReplies ? "expectReplies" : null,
    };

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        await http.PostAsJsonAsync("api/messages", activity);

    /// <summary>Sends a question with expectReplies and returns the bot's reply activities.</summary>
    public async Task<IReadOnlyList<JsonObject>> AskAsync(string text)
    {
        var response = await PostAsync(Message(text));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    /// <summary>Everything a user sees in the replies: texts and attachment contents.</summary>
    public static string Visible(IEnumerable<JsonObject> replies) => string.Join("\n", replies.Select(r =>
        (string?)r["text"] + "\n" + string.Join("\n", (r["attachments"] as JsonArray ?? []).Select(a => a?["content"]?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? ""))));
}
