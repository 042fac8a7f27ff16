using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChatBot.Ingestion;

/// <summary>
/// Guards the articles API with the configured key, sent as <c>X-Api-Key: KEY</c> or
/// <c>Authorization: ApiKey KEY</c>. No key configured: the API is off and answers 404, as if it
/// did not exist; a missing or wrong key: 401.
/// </summary>
internal sealed class ApiKeyFilter(IOptionsMonitor<IngestionOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Api-Key";
    public const string Scheme = "ApiKey";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.AdminApiKey;
        if (string.IsNullOrWhiteSpace(expected))
            return Results.NotFound();
        var request = context.HttpContext.Request;
        var given = request.Headers[HeaderName].ToString();
        if (given.Length == 0 && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
            given = authorization[(Scheme.Length + 1)..].Trim();
        if (!Matches(given, expected))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = Scheme;
            return Results.Json(new { error = $"a valid API key is required ({HeaderName} header or Authorization: {Scheme} KEY)" }, statusCode: StatusCodes.Status401Unauthorized);
        }
        return await next(context).ConfigureAwait(false);
    }

    // Compare in constant time, so response timing does not reveal how much of a guess was right.
    private static bool Matches(string given, string expected) =>
        given.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
