using System.Diagnostics;
using ChatBot.TestSupport;

namespace ChatBot.Cli.Tests;

/// <summary>Runs the built <c>chatbot</c> tool from the repository root and captures its output.</summary>
public static class CliProcess
{
    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SharedMaterial.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chatbot.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chatbot did not finish in 5 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
