using System.Text.Json.Serialization;

namespace ChatBot.DirectLine;

/// <summary>What the token endpoint (and Direct Line's conversation and refresh calls) answer:
/// Direct Line 3.0's conversation object. <c>Domain</c> is ours: where the page's Web Chat
/// should send Direct Line calls (the built-in endpoint or Azure), so one page serves both modes.
/// <c>StreamUrl</c>: the web socket a client may read the conversation from instead of polling.</summary>
public sealed record DirectLineTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Domain = null,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl = null);
