using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary>
/// The built bot host (<c>dotnet ChatBot.dll</c>) as a separate OS process on a free
/// 127.0.0.1 port, so a test can kill it outright (SIGKILL) the way a crash or an out-of-memory
/// kill would. Killed on dispose if still running.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    public HostProcess(string articlesPath, string indexPath, string apiKey)
    {
        Port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(indexPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(HostDll());
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["urls"] = $"http://127.0.0.1:{Port}",
            ["ChatBot:ArticlesPath"] = articlesPath,
            ["ChatBot:IndexPath"] = indexPath,
            ["ChatBot:AdminApiKey"] = apiKey,
            ["ChatBot:WatchDelayMilliseconds"] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
        })
            start.ArgumentList.Add($"--{key}={value}");
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return string.Join("\n", _output);
        }
    }

    /// <summary>Waits until the host answers /healthz/ready.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await Client.GetAsync("healthz/ready")).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The host was not ready within 60 s:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no disposal.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Add(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host as built with this test project (same configuration).</summary>
    private static string HostDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "ChatBot.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "ChatBot.runtimeconfig.json")))
            return beside;
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var built = Path.Combine(SharedMaterial.RepositoryRoot, "src", "ChatBot", "bin", configuration, framework.Name, "ChatBot.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("The built host was not found", built);
    }
}
