using System.Net.Http.Headers;
using System.Net.Http.Json;
using ChatBot.Tests.Hardening;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ChatBot.Tests.Observability;

/// <summary>
/// Secrets never reach the logs: the host starts with an app password, a Direct Line secret
/// and API keys configured, logging at Trace, and serves requests (answered ones, refused ones,
/// forged and junk tokens); no log entry, structured value or exception text holds a secret.
/// </summary>
public sealed class SecretLoggingTests(ITestOutputHelper output)
{
    private const string AppPassword = "AppPassword~9f8e7d6c5b4a3210";
    private const string DirectLineSecret = "DirectLineSecret.zYxWvUtSrQpOnM";
    private const string ApiKey = "ApiKey-5c4b3a29-1807-4f6e";

    // The names the features use or are likely to use: a secret under any of them must not leak.
    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["MicrosoftAppPassword"] = AppPassword,
        ["DirectLine:Secret"] = DirectLineSecret,
        ["DirectLineSecret"] = DirectLineSecret,
        ["ChatBot:DirectLine:Secret"] = DirectLineSecret,
        ["ChatBot:ApiKey"] = ApiKey,
        ["ChatBot:Admin:ApiKey"] = ApiKey,
        ["ChatBot:Ingest:ApiKey"] = ApiKey,
    };

    /// <summary>Every category down to Trace, overriding appsettings.json's quieter levels, so
    /// nothing the host or the SDK writes escapes a check.</summary>
    public static IReadOnlyDictionary<string, string?> EverythingLogged { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:ChatBot.Bot.AdapterWithErrorHandler"] = "Trace",
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Host_SecretsConfigured_NoSecretInAnyLogEntry(bool withAppId)
    {
        var settings = new Dictionary<string, string?>(Secrets.Concat(EverythingLogged))
        {
            ["MicrosoftAppType"] = withAppId ? "MultiTenant" : "",
            ["MicrosoftAppId"] = withAppId ? "5f2a7d9e-3c1b-4e8a-9f60-1d2c3b4a5e6f" : "",
        };
        var logs = new RecordingLoggerProvider();
        await using (var host = new BotHost(settings: settings) { TestServices = services => services.AddSingleton<ILoggerProvider>(logs) })
        {
            using var client = await host.StartAsync();
            await client.GetAsync("healthz");
            await client.GetAsync("healthz/ready");
            foreach (var authorization in new[] { null, "Bearer junk", "Bearer " + ForgedTokens.Create(ForgedTokens.Kinds[0], "5f2a7d9e-3c1b-4e8a-9f60-1d2c3b4a5e6f", "http://127.0.0.1:9/") })
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(HostileActivities.Valid()) };
                if (authorization is not null)
                    request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
                var response = await client.SendAsync(request);
                output.WriteLine($"{authorization?[..Math.Min(authorization.Length, 12)] ?? "no token"}: {(int)response.StatusCode}");
            }
            await client.PostAsync("api/messages", new StringContent("{broken", System.Text.Encoding.UTF8, "application/json"));
        }

        output.WriteLine($"{logs.Entries.Count} log entries checked");
        Assert.NotEmpty(logs.Entries);
        foreach (var secret in new[] { AppPassword, DirectLineSecret, ApiKey })
            Assert.DoesNotContain(logs.Entries, e => e.AllText.Contains(secret, StringComparison.Ordinal));
    }
}
