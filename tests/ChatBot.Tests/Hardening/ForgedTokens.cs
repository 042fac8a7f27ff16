using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// Well-formed JWTs with plausible Bot Framework claims (issuer, audience = the bot's app id,
/// service URL, not expired) that no real channel signed: signed with a key of our own under
/// the published key's id, with an unknown key id, with a shared secret (HS256), or not at all.
/// </summary>
public static class ForgedTokens
{
    public const string ChannelIssuer = "https://api.botframework.com";

    // The issuer of Emulator and Azure AD v1 tokens for the Bot Framework tenant.
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    public static IReadOnlyList<string> Kinds { get; } = ["own RSA key under the published key id", "own RSA key, unknown key id", "HS256 shared secret", "unsigned (alg none)", "emulator issuer, own RSA key"];

    public static string Create(string kind, string appId, string serviceUrl)
    {
        var descriptor = Descriptor(kind.StartsWith("emulator", StringComparison.Ordinal) ? EmulatorIssuer : ChannelIssuer, appId, serviceUrl);
        var handler = new JsonWebTokenHandler();
        switch (kind)
        {
            case "own RSA key under the published key id":
            case "emulator issuer, own RSA key":
                descriptor.SigningCredentials = RsaCredentials(OpenIdMetadataServer.KeyId);
                return handler.CreateToken(descriptor);
            case "own RSA key, unknown key id":
                descriptor.SigningCredentials = RsaCredentials("attacker-key");
                return handler.CreateToken(descriptor);
            case "HS256 shared secret":
                descriptor.SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a shared secret long enough for HMAC-SHA256 signing")) { KeyId = OpenIdMetadataServer.KeyId },
                    SecurityAlgorithms.HmacSha256);
                return handler.CreateToken(descriptor);
            case "unsigned (alg none)":
                return handler.CreateToken(descriptor); // header {"alg":"none"}, empty signature
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The claims a channel's token carries, unsigned.</summary>
    public static SecurityTokenDescriptor Descriptor(string issuer, string appId, string serviceUrl) => new()
    {
        Issuer = issuer,
        Audience = appId,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl, ["appid"] = appId, ["ver"] = "1.0" },
        Subject = new ClaimsIdentity(),
        IssuedAt = DateTime.UtcNow.AddMinutes(-1),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddMinutes(30),
    };

    private static SigningCredentials RsaCredentials(string keyId) =>
        new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
}
