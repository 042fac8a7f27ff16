using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests;

/// <summary>
/// The real bot host on a loopback port: Kestrel bound to 127.0.0.1, the real CloudAdapter,
/// a real Lucene index in a temporary folder (deleted on dispose) built from the given articles.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces services after the host registered its own (e.g. a clock).</param>
    public BotHost(string? articlesPath = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        IndexPath = Directory.CreateTempSubdirectory("chatbot-index-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["ChatBot:ArticlesPath"] = articlesPath ?? ChatBot.TestSupport.SharedMaterial.Seeds,
            ["ChatBot:IndexPath"] = IndexPath,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string IndexPath { get; }

    /// <summary>Services added after the host's own, e.g. a logger provider that records logs.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The host's base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        }
    }

    /// <summary>Starts the host and waits until the start-up indexing has finished.</summary>
    public async Task<HttpClient> StartAsync()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync("healthz/ready")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The host did not finish indexing within 60 s.");
            await Task.Delay(50);
        }
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        if (_services is not null)
            builder.ConfigureTestServices(_services);
        if (TestServices is { } configure)
            builder.ConfigureServices(configure);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(IndexPath, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned by the OS eventually.
            }
        }
    }
}
