using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Tests;

/// <summary>
/// Stands in for a channel's Bot Connector service on a loopback port: in normal delivery mode
/// the bot POSTs its replies to {serviceUrl}/v3/conversations/{id}/activities/{replyToId},
/// and this records them.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly BlockingCollection<(string Path, JsonObject Activity)> _received = new();
    private WebApplication _app = null!;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var connector = new LoopbackConnector();
        var (app, address) = await LoopbackServer.StartAsync(app => app.MapPost("/v3/conversations/{**rest}", async (HttpContext context) =>
        {
            var activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            connector._received.Add((context.Request.Path.Value!, activity));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }));
        connector._app = app;
        connector.ServiceUrl = address;
        return connector;
    }

    /// <summary>The next activity the bot posted, or an exception after the timeout.</summary>
    public (string Path, JsonObject Activity) Next(TimeSpan timeout) =>
        _received.TryTake(out var item, timeout) ? item : throw new TimeoutException("The bot posted nothing to the connector.");

    public async ValueTask DisposeAsync()
    {
        await LoopbackServer.StopAsync(_app);
        _received.Dispose();
    }
}
