using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Channels;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol on 127.0.0.1 with nothing but
/// a WebSocket: open a page, run JavaScript in it, read the result. A temporary profile, deleted
/// on dispose, which also stops the browser.
/// </summary>
public sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _devTools = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ClientWebSocket? _page;
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public const string Executable = "/usr/bin/chromium";

    public static async Task<HeadlessChromium> StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install Debian's chromium (./test.sh does).");
        var profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "--window-size=1300,1000", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var browser = new HeadlessChromium(new Process { StartInfo = start, EnableRaisingEvents = true }, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public async Task NavigateAsync(Uri url) => await SendAsync("Page.navigate", new JsonObject { ["url"] = url.ToString() });

    /// <summary>Evaluates a JavaScript expression in the page and returns its JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } error)
            throw new InvalidOperationException("The page threw: " + error.ToJsonString());
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Evaluates the expression until it returns a non-null value, or throws after the timeout.</summary>
    public async Task<JsonNode> WaitForAsync(string expression, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await EvaluateAsync(expression) is { } value)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.");
            await Task.Delay(250);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            try
            {
                await _page.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is WebSocketException or TimeoutException)
            {
                // The browser is stopped next either way.
            }
            _page.Dispose();
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
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }

    private async Task ConnectAsync()
    {
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.Exited += (_, _) => _devTools.TrySetException(new InvalidOperationException("Chromium exited early:\n" + _output));
        _process.Start();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        var browserEndpoint = await _devTools.Task.WaitAsync(TimeSpan.FromSeconds(60));

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{browserEndpoint.Port}/json/list"))!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        _page = new ClientWebSocket();
        await _page.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None);
        await SendAsync("Page.enable", []);
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
        if (DevToolsLine().Match(line) is { Success: true } match)
            _devTools.TrySetResult(new Uri(match.Groups[1].Value));
    }

    /// <summary>One DevTools command and its result; events arriving meanwhile are skipped.</summary>
    private async Task<JsonObject> SendAsync(string method, JsonObject parameters)
    {
        var id = ++_nextId;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _page!.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[256 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _page.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new InvalidOperationException("Chromium closed the DevTools connection.");
            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
                continue;
            var reply = JsonNode.Parse(message.ToArray())!.AsObject();
            message.SetLength(0);
            if ((int?)reply["id"] != id)
                continue;
            if (reply["error"] is { } error)
                throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            return reply["result"]!.AsObject();
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
