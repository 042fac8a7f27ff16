using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests;

/// <summary>
/// Stands in for a channel's Bot Connector service on a loopback port: in normal delivery mode
/// the bot POSTs its replies to {serviceUrl}/v3/conversations/{id}/activities/{replyToId},
/// and this records them.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<(string Path, JsonObject Activity)> _received = new();

    private LoopbackConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.MapPost("/v3/conversations/{**rest}", async (HttpContext context) =>
        {
            var activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            connector._received.Add((context.Request.Path.Value!, activity));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    /// <summary>The next activity the bot posted, or an exception after the timeout.</summary>
    public (string Path, JsonObject Activity) Next(TimeSpan timeout) =>
        _received.TryTake(out var item, timeout) ? item : throw new TimeoutException("The bot posted nothing to the connector.");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _received.Dispose();
    }
}
