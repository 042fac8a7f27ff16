using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Tests.Hardening;

/// <summary>
/// Stands in for the Bot Framework's OpenID metadata endpoint on a loopback port, so the SDK's
/// own token validation runs offline and deterministically: it publishes one RSA signing key
/// (id <see cref="KeyId"/>) that only this server holds. A token signed by anyone else must
/// fail the SDK's signature check.
/// </summary>
public sealed class OpenIdMetadataServer : IAsyncDisposable
{
    public const string KeyId = "published-key";

    private readonly RSA _key = RSA.Create(2048);
    private WebApplication _app = null!;
    private bool _trusted;

    private OpenIdMetadataServer(X509Certificate2 certificate) => Certificate = certificate;

    /// <summary>The server's self-signed TLS certificate: the SDK fetches metadata over HTTPS
    /// only, so the bot host must be told to trust exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    public Uri MetadataUrl { get; private set; } = null!;

    public static async Task<OpenIdMetadataServer> StartAsync()
    {
        var server = new OpenIdMetadataServer(SelfSignedCertificate());
        var (app, address) = await LoopbackServer.StartAsync(app => server.Map(app), server.Certificate);
        server._app = app;
        server.MetadataUrl = new Uri(address, ".well-known/openidconfiguration");
        return server;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openidconfiguration", (HttpContext context) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/keys", () =>
        {
            var parameters = _key.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = new[] { "emulator", "msteams", "webchat", "directline", "slack" },
                    },
                },
            });
        });
    }

    /// <summary>
    /// The SDK fetches metadata over HTTPS only, with a static HttpClient of its own that no
    /// handler can be given: so the certificate is trusted the way that client sees, as a root
    /// in the current user's store, and removed again on dispose. Its private key lives only in
    /// this process.
    /// </summary>
    public void TrustCertificate()
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(X509CertificateLoader.LoadCertificate(Certificate.RawData));
        _trusted = true;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Re-imported so Kestrel can use the private key on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A token signed with the published key: what a real channel would send.</summary>
    public string Sign(SecurityTokenDescriptor descriptor)
    {
        descriptor.SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await LoopbackServer.StopAsync(_app);
        if (_trusted)
        {
            using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadWrite);
            store.Remove(X509CertificateLoader.LoadCertificate(Certificate.RawData));
        }
        _key.Dispose();
        Certificate.Dispose();
    }
}
