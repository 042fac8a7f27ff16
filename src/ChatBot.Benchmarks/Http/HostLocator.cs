using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// The host as it is deployed: src/ChatBot published for this machine's runtime, compiled ahead
/// of time (ReadyToRun, see src/ChatBot/ChatBot.csproj), into artifacts/bench-host/{configuration}
/// (same configuration as this tool). It must come from the same pipeline code as the index the
/// bench built: the index stores a fingerprint of the pipeline's build, and a host from another
/// build would re-index everything at start-up. Published again when missing or stale.
/// </summary>
public static class HostLocator
{
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
                    return directory.FullName;
            }
        }
        throw new InvalidOperationException("ChatBot.sln not found above the tool or the current folder; run bench from the repository.");
    }

    public static string HostDll(TextWriter log)
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var folder = Path.Combine(root, "artifacts", "bench-host", configuration);
        var dll = Path.Combine(folder, "ChatBot.dll");
        if (IsSameBuild(dll))
            return dll;
        log.WriteLine($"publishing the host ({configuration}, ReadyToRun for {RuntimeInformation.RuntimeIdentifier}) to {folder}: missing or from another build");
        var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "publish", "src/ChatBot/ChatBot.csproj", "-c", configuration, "-r", RuntimeInformation.RuntimeIdentifier,
                     "--self-contained", "false", "-p:UseAppHost=false", "-o", folder, "-nologo", "-v", "q",
                 })
            publish.ArgumentList.Add(argument);
        using var process = Process.Start(publish)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + errors.Result;
        process.WaitForExit();
        if (process.ExitCode != 0 || !IsSameBuild(dll))
            throw new InvalidOperationException($"could not publish the host to {folder} from the same pipeline build as this tool:\n{output}");
        return dll;
    }

    private static bool IsSameBuild(string hostDll)
    {
        var folder = Path.GetDirectoryName(hostDll)!;
        return File.Exists(hostDll)
            && new[] { typeof(CoverageIndex).Assembly, typeof(ChatBot.Coverage.CoverageAnalyzer).Assembly }.All(assembly =>
                Mvid(Path.Combine(folder, Path.GetFileName(assembly.Location))) == assembly.ManifestModule.ModuleVersionId);
    }

    private static Guid? Mvid(string path)
    {
        if (!File.Exists(path))
            return null;
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
