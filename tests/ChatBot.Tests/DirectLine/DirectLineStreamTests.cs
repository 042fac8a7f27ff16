using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.DirectLine;

/// <summary>The built-in Direct Line's web socket stream: the streamUrl from starting a
/// conversation delivers its activities as they are appended, and only with its own token.</summary>
public sealed class DirectLineStreamTests : IClassFixture<SeedHostFixture>
{
    private readonly HttpClient _http;

    public DirectLineStreamTests(SeedHostFixture host) => _http = host.Client;

    [Fact]
    public async Task Stream_FromStartConversation_DeliversTheWelcomeThenTheAnswerToAPostedQuestion()
    {
        var client = await DirectLineTestClient.OpenAsync(_http);
        var started = (await (await client.StartAsync()).Content.ReadFromJsonAsync<JsonObject>())!;
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), timeout.Token);

        var first = await ReceiveBatchAsync(socket, timeout.Token);
        var id = await client.SayAsync("what did Putin say about collusion?", clientActivityId: "ws-1");
        var activities = new List<JsonObject>();
        while (!activities.Any(a => (string?)a["replyToId"] == id))
            activities.AddRange((await ReceiveBatchAsync(socket, timeout.Token))["activities"]!.AsArray().Select(a => a!.AsObject()));

        Assert.Contains("what did", (string)first["activities"]![0]!["text"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("1", (string?)first["watermark"]);
        Assert.Equal("ws-1", (string?)activities.Single(a => (string?)a["id"] == id)["channelData"]!["clientActivityID"]);
        Assert.Contains("Could you name a single fact", (string)activities.Single(a => (string?)a["replyToId"] == id)["text"]!);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task Stream_TokenOfAnotherConversation_IsForbidden()
    {
        var mine = await DirectLineTestClient.OpenAsync(_http);
        var theirs = await DirectLineTestClient.OpenAsync(_http);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var url = new UriBuilder(new Uri(_http.BaseAddress!, $"v3/directline/conversations/{theirs.ConversationId}/stream"))
        {
            Scheme = "ws",
            Query = "t=" + Uri.EscapeDataString(mine.Token),
        }.Uri;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    /// <summary>The next non-empty message (empty ones are keep-alives).</summary>
    private static async Task<JsonObject> ReceiveBatchAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException("The stream closed.");
            if (message.Length > 0)
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
        }
    }
}
