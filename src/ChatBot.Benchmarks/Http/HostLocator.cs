using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ChatBot.Search.Indexing;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// Finds the built host (src/ChatBot/bin/{configuration}/net10.0/ChatBot.dll, same configuration
/// as this tool) and makes sure it was built from the same pipeline code as the index the bench
/// built: the index stores a fingerprint of the pipeline's build, and a host from another build
/// would re-index everything at start-up. Builds the host when it is missing or stale.
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
        var dll = Path.Combine(root, "src", "ChatBot", "bin", configuration, "net10.0", "ChatBot.dll");
        if (IsSameBuild(dll))
            return dll;
        log.WriteLine($"building the host ({configuration}): {dll} is missing or from another build");
        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true };
        foreach (var argument in new[] { "build", "src/ChatBot/ChatBot.csproj", "-c", configuration, "-nologo", "-v", "q" })
            build.ArgumentList.Add(argument);
        using var process = Process.Start(build)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || !IsSameBuild(dll))
            throw new InvalidOperationException($"could not build the host at {dll} from the same pipeline build as this tool:\n{output}");
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
