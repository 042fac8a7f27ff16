using ChatBot.Benchmarks.Http;

namespace ChatBot.Cli.Tests.Benchmarks;

/// <summary>The bench starts the host with the runtime settings of its launch profile; the
/// container image and the Azure template must deploy it with the same ones, or the bench
/// measures a host nobody runs.</summary>
public sealed class HostRuntimeSettingsTests
{
    private static readonly string Root = HostLocator.RepositoryRoot();

    [Fact]
    public void Read_LaunchProfile_HasTheRuntimeSettings()
    {
        var settings = HostRuntimeSettings.Read(Root);

        Assert.NotEmpty(settings);
        Assert.All(settings, s => Assert.StartsWith(HostRuntimeSettings.Prefix, s.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_LaunchProfile_DockerfileSetsTheSameValues()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Root, "deploy", "Dockerfile"));

        foreach (var (name, value) in HostRuntimeSettings.Read(Root))
            Assert.Contains(dockerfile, line => line.Trim() == $"ENV {name}={value}");
    }

    [Fact]
    public void Read_LaunchProfile_AzureTemplateSetsTheSameValues()
    {
        var template = File.ReadAllLines(Path.Combine(Root, "deploy", "azure", "main.bicep")).Select(l => l.Trim()).ToList();

        foreach (var (name, value) in HostRuntimeSettings.Read(Root))
        {
            var at = template.IndexOf($"name: '{name}'");
            Assert.True(at >= 0, $"main.bicep does not set {name}");
            Assert.Equal($"value: '{value}'", template[at + 1]);
        }
    }
}
