using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>
/// A small web server on 127.0.0.1 and a free port, for the fakes that stand in for services
/// the bot calls (a channel's connector, Azure's Direct Line, the OpenID metadata endpoint).
/// </summary>
public static class LoopbackServer
{
    /// <summary>Starts a server with the endpoints <paramref name="map"/> adds, over HTTPS with
    /// <paramref name="certificate"/> when one is given.</summary>
    /// <returns>The running app and its base address ("http://127.0.0.1:PORT").</returns>
    public static async Task<(WebApplication App, Uri Address)> StartAsync(Action<WebApplication> map, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null)
                listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    public static async ValueTask StopAsync(WebApplication app)
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
