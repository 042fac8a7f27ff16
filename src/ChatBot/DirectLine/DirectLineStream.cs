using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json;

namespace ChatBot.DirectLine;

/// <summary>
/// Direct Line's web socket stream for one conversation: each new batch of activities is sent
/// as a text message <c>{"activities":[...],"watermark":"N"}</c>, as on Azure, and an empty
/// message every <see cref="KeepAlive"/> keeps proxies from closing an idle socket. Clients only
/// read from it (they post over HTTP), so anything they send is ignored until they close.
/// </summary>
public static class DirectLineStream
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static async Task RunAsync(
        WebSocket socket, string conversationId, int watermark, DirectLineConversationStore conversations,
        JsonSerializerSettings json, CancellationToken cancellationToken)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clientClosed = ReadUntilCloseAsync(socket, closing.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                // A cleaned-up conversation ends the stream, as polling would get a 404.
                var conversation = conversations.Find(conversationId);
                if (conversation is null)
                    break;
                var next = conversation.NextAppend;
                var (activities, seen) = conversation.After(watermark, DirectLineEndpoints.MaxActivitiesPerPage);
                if (activities.Count > 0)
                {
                    watermark = seen;
                    var batch = JsonConvert.SerializeObject(new { activities, watermark = seen.ToString(System.Globalization.CultureInfo.InvariantCulture) }, json);
                    await SendAsync(socket, batch, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                var woke = await Task.WhenAny(next, clientClosed, Task.Delay(KeepAlive, cancellationToken)).ConfigureAwait(false);
                if (woke == clientClosed || cancellationToken.IsCancellationRequested)
                    break;
                if (woke != next)
                    await SendAsync(socket, "", cancellationToken).ConfigureAwait(false);
            }
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "conversation ended", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client went away or the host is stopping: nothing left to tell anyone.
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            try
            {
                await clientClosed.ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // Already closed.
            }
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task ReadUntilCloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
                return;
        }
    }
}
