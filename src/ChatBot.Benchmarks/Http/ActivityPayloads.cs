using System.Text.Json.Nodes;

namespace ChatBot.Benchmarks.Http;

/// <summary>Bot Framework message activities with <c>deliveryMode: expectReplies</c>, as a
/// channel posts them, serialised once so the load generator spends its time waiting, not
/// building JSON.</summary>
public static class ActivityPayloads
{
    public static byte[] Message(string conversationId, string text, int sequence) => System.Text.Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"bench-{sequence}",
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "bench-user", ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
    }.ToJsonString());

    /// <summary>The text of the first reply in an expectReplies response body, or null.</summary>
    public static string? FirstReplyText(string body) =>
        (string?)JsonNode.Parse(body)?["activities"]?.AsArray().FirstOrDefault()?["text"];
}
