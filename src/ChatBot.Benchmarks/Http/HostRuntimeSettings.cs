using System.Text.Json.Nodes;

namespace ChatBot.Benchmarks.Http;

/// <summary>
/// The .NET runtime settings the host is deployed with: the <c>DOTNET_</c> environment variables
/// of its launch profile (src/ChatBot/Properties/launchSettings.json, which <c>dotnet run</c>
/// applies), also set by deploy/Dockerfile and deploy/azure/main.bicep (a test keeps the three
/// the same). Runtime settings such as the garbage collector's young-generation budget are read
/// from the environment only, once, when the process starts, so the bench must start the host
/// with them to measure it as it runs.
/// </summary>
public static class HostRuntimeSettings
{
    public const string Prefix = "DOTNET_";

    public static IReadOnlyDictionary<string, string> Read(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, "src", "ChatBot", "Properties", "launchSettings.json");
        var variables = JsonNode.Parse(File.ReadAllText(path))?["profiles"]?["ChatBot"]?["environmentVariables"]?.AsObject()
            ?? throw new InvalidOperationException($"{path} has no ChatBot profile with environment variables.");
        return variables
            .Where(v => v.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(v => v.Key, v => (string?)v.Value ?? "", StringComparer.Ordinal);
    }
}
