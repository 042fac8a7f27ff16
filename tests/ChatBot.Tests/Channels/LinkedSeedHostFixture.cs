using System.Text.Json.Nodes;

namespace ChatBot.Tests.Channels;

/// <summary>
/// The real host over the shipped seed article, with a metadata.json giving it an outlet, a date
/// and a link (with "&amp;" in it), so channel formatting of links can be seen. The folder is a
/// temporary copy, deleted afterwards.
/// </summary>
public sealed class LinkedSeedHostFixture : IAsyncLifetime
{
    public const string Outlet = "The Test Gazette";
    public const string Url = "https://news.example/helsinki?story=1&part=2";

    private readonly string _articles = Directory.CreateTempSubdirectory("chatbot-linked-seeds-").FullName;

    public BotHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var metadata = new JsonObject();
        foreach (var file in Directory.GetFiles(ChatBot.TestSupport.SharedMaterial.Seeds, "*.txt"))
        {
            File.Copy(file, Path.Combine(_articles, Path.GetFileName(file)));
            metadata[Path.GetFileName(file)] = new JsonObject
            {
                ["title"] = File.ReadLines(file).First().Trim(),
                ["outlet"] = Outlet,
                ["url"] = Url,
                ["date"] = "2018-07-16",
            };
        }
        await File.WriteAllTextAsync(Path.Combine(_articles, "metadata.json"), metadata.ToJsonString());
        Host = new BotHost(_articles);
        Client = await Host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Directory.Delete(_articles, recursive: true);
    }
}
