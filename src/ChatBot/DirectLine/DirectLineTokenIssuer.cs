using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>
/// Issues and checks built-in Direct Line tokens. A token names one conversation and an expiry,
/// signed with HMAC-SHA256 under a key made at start-up: it cannot be forged or moved to another
/// conversation, and needs no table of its own. Conversations live in memory, so tokens dying
/// with the process loses nothing.
/// </summary>
public sealed class DirectLineTokenIssuer(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId)
    {
        var expires = (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds();
        var payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{conversationId}:{expires}"));
        return payload + "." + Base64Url.EncodeToString(Sign(payload));
    }

    /// <summary>The conversation a valid, unexpired token is for; null for anything else.</summary>
    public string? ConversationOf(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
            return null;
        var payload = token[..dot];
        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), Base64Url.DecodeFromChars(token.AsSpan(dot + 1))))
            return null;
        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload));
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), out var expires))
            return null;
        return clock.GetUtcNow().ToUnixTimeSeconds() < expires ? text[..colon] : null;
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload));
}
