using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatBot.Hosting;

/// <summary>
/// What the messaging endpoint checks about the Authorization header before Bot Builder's own
/// authentication runs. The SDK fetches Bot Connector's signing keys (OpenID metadata, over the
/// internet) before it even looks at a token, so junk such as "Bearer junk" costs a network
/// round trip, and where the keys cannot be fetched it ends in a 500. A header that cannot be a
/// bearer JWT can never be valid and is refused here with 401; real validation stays the SDK's.
/// </summary>
internal static class BearerToken
{
    /// <summary>True when there is no header (the SDK decides whether that is allowed) or the
    /// header is "Bearer" followed by something shaped like a JWT.</summary>
    public static bool IsAbsentOrWellFormed(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
            return true;
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        return new JsonWebTokenHandler().CanReadToken(authorization[scheme.Length..].Trim());
    }

    /// <summary>The SDK could not fetch the signing keys to check a token (no network, or the
    /// metadata endpoint is down): not the caller's fault, and worth retrying later. Outbound
    /// HTTP failures inside a turn are the turn's error handler's; one that escapes the adapter
    /// comes from authentication.</summary>
    public static bool IsSigningKeysUnavailable(Exception e) =>
        e is HttpRequestException || e.InnerException is { } inner && IsSigningKeysUnavailable(inner);
}
