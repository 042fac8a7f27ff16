using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Channels;

/// <summary>
/// The real Teams simulator (npm @microsoft/m365agentsplayground, pinned in
/// tests/teams-playground) as a node process, offline, on 127.0.0.1 (its listen calls are
/// pinned to loopback by tests/teams-playground/loopback.js), in a temporary working folder (it
/// writes ./devTools/), pointed at a bot endpoint. It is driven through the internal API its own
/// web client uses: the configuration, posting a user's message, and the WebSocket stream on
/// which it pushes every message the bot sends to the chat. Dispose stops it.
/// </summary>
public sealed partial class TeamsPlayground : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _workingDirectory;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BlockingCollection<JsonObject> _botMessages = new();
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private TeamsPlayground(Process process, string workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
    }

    public static string PackageFolder => Path.Combine(ChatBot.TestSupport.SharedMaterial.RepositoryRoot, "tests", "teams-playground");

    public int Port { get; private set; }

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Everything the simulator printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static async Task<TeamsPlayground> StartAsync(Uri botEndpoint)
    {
        var cli = Path.Combine(PackageFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli))
            throw new InvalidOperationException($"The Teams simulator is not installed: run `npm ci` in {PackageFolder} (./test.sh does).");
        var port = FreeLoopbackPort();
        var workingDirectory = Directory.CreateTempSubdirectory("teams-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-r", Path.Combine(PackageFolder, "loopback.js"), cli, "start",
            "--app-endpoint", botEndpoint.ToString(), "--channel-id", "msteams", "--disable-telemetry",
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--service-url", $"http://127.0.0.1:{port}/_connector",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["CI"] = "true";

        var playground = new TeamsPlayground(new Process { StartInfo = start, EnableRaisingEvents = true }, workingDirectory);
        try
        {
            await playground.StartProcessAsync();
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>GET /_internal/v1/config: the tenant, the bot, the chats and the team's channels.</summary>
    public async Task<JsonObject> ConfigAsync() =>
        JsonNode.Parse(await Http.GetStringAsync("_internal/v1/config"))!["config"]!.AsObject();

    /// <summary>Posts a message as the simulator's signed-in user, @mentioning the bot as the
    /// Teams client does; returns the simulator's answer (messageId, and for a channel the
    /// thread's conversation id as postConversationId).</summary>
    public async Task<JsonObject> SendAsync(string conversationId, string text, JsonObject bot, bool mentionBot)
    {
        var mention = $"<at>{(string)bot["name"]!}</at>";
        var body = new JsonObject
        {
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = "user-id-0" },
            ["mentions"] = mentionBot
                ? new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = (string)bot["id"]! }, ["text"] = mention })
                : new JsonArray(),
        };
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        var response = await Http.PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", content);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"the simulator refused the message ({(int)response.StatusCode}): {answer}");
        return JsonNode.Parse(answer)!.AsObject();
    }

    /// <summary>Installs the bot in a chat or channel, as "Add" in the simulator's UI does.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await Http.PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", content);
        Assert.True(response.IsSuccessStatusCode, $"install failed ({(int)response.StatusCode}): {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The next message the bot posted to the given conversation (as the simulator's
    /// client is told: its createMessage action), skipping others; throws after the timeout.</summary>
    public JsonObject NextBotMessage(string botId, string conversationId, TimeSpan timeout, List<JsonObject>? skipped = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !_botMessages.TryTake(out var action, left))
                throw new TimeoutException($"The bot's message to {conversationId} did not reach the simulator. Simulator output:\n{Output}");
            if ((string?)action["actionConversationId"] == conversationId && (string?)action["message"]!["from"]?["id"] == botId)
                return action["message"]!.AsObject();
            skipped?.Add(action);
        }
    }

    /// <summary>True when every listening socket on the simulator's port is on 127.0.0.1.</summary>
    public bool ListensOnLoopbackOnly(out string sockets)
    {
        var portHex = ":" + Port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var listening = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table))
                continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 3 && fields[3] == "0A" && fields[1].EndsWith(portHex, StringComparison.Ordinal))
                    listening.Add(fields[1]);
            }
        }
        sockets = string.Join(", ", listening);
        return listening.Count > 0 && listening.All(address => address == "0100007F" + portHex);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // The process is stopped next either way.
        }
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        try
        {
            await _reading.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
        }
        _socket.Dispose();
        _botMessages.Dispose();
        _process.Dispose();
        Http?.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    private async Task StartProcessAsync()
    {
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException("The Teams simulator exited early:\n" + Output));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Port = await _listening.Task.WaitAsync(StartTimeout);
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(60) };
        await _socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/_ws_conversation/v1/conversations/stream"), _stop.Token);
        _reading = Task.Run(ReadStreamAsync);
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task ReadStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, _stop.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return;
            }
            if (received.MessageType == WebSocketMessageType.Close)
                return;
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
                continue;
            var json = JsonNode.Parse(message.ToArray()) as JsonObject;
            message.SetLength(0);
            if (json?["action"]?.GetValue<string>() == "createMessage" && json["message"] is JsonObject)
                _botMessages.Add(json);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
