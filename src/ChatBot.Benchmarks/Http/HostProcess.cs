using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// The real bot host (src/ChatBot's built ChatBot.dll) as a child process on a free loopback
/// port, at Warning log level, with the runtime settings it is deployed with
/// (<see cref="HostRuntimeSettings"/>). Killed with its process tree on dispose.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address, Stopwatch sinceStart)
    {
        _process = process;
        Address = address;
        SinceStart = sinceStart;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>Started just before the process was.</summary>
    public Stopwatch SinceStart { get; }

    public int Id => _process.Id;

    public static HostProcess Start(string hostDll, string indexPath, string articlesPath, bool echoOnly, bool cacheSearches = true)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        string[] arguments =
        [
            hostDll, "--urls", $"http://127.0.0.1:{port}",
            $"--ChatBot:IndexPath={indexPath}", $"--ChatBot:ArticlesPath={articlesPath}",
            $"--ChatBot:EchoOnly={(echoOnly ? "true" : "false")}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore=Warning",
            .. cacheSearches ? Array.Empty<string>() : ["--ChatBot:CachedSearches=0"],
        ];
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in HostRuntimeSettings.Read(HostLocator.RepositoryRoot()))
            start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        return new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"), clock);
    }

    /// <summary>Peak resident memory so far (VmHWM), in MB; 0 where /proc is not available.</summary>
    public double PeakRssMb()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
            return 0;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    /// <summary>Waits until the start-up indexing has gone through every article file (on an
    /// index that is already current it only checks them), so later measurements don't share
    /// the CPU with it.</summary>
    public async Task WaitIndexedAsync(HttpClient client, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            ThrowIfExited();
            try
            {
                using var response = await client.GetAsync(new Uri(Address, "healthz/ready"), cancellationToken);
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                if (response.StatusCode == HttpStatusCode.OK && (int?)body?["articlesTotal"] > 0
                    && (int?)body?["articlesRead"] >= (int?)body?["articlesTotal"])
                    return;
            }
            catch (HttpRequestException)
            {
            }
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"the host did not finish its start-up indexing within {timeout.TotalSeconds:F0} s");
            await Task.Delay(100, cancellationToken);
        }
    }

    public void ThrowIfExited()
    {
        if (_process.HasExited)
            throw new InvalidOperationException($"the host exited with code {_process.ExitCode}:\n{Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
            return;
        lock (_output)
        {
            // Only the tail matters for an error message.
            if (_output.Length > 20_000)
                _output.Remove(0, 10_000);
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
