using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary>The running host watching its articles folder: files copied in, changed and deleted
/// while it answers.</summary>
public sealed class WatchedFolderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task WatchedFolder_HelsinkiCopiedInThenChangedAndDeleted_IndexFollowsTheFolder()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("articles");
        Directory.CreateDirectory(folder);
        await using var host = new BotHost(folder, new Dictionary<string, string?>
        {
            ["ChatBot:AdminApiKey"] = "k",
            ["ChatBot:WatchDelayMilliseconds"] = "300",
        });
        using var client = await host.StartAsync();
        var api = new ArticlesApi(client, "k");
        var expected = CoverageCounts.OfFolder(SharedMaterial.HelsinkiCorpus);

        // metadata.json first, so every article is known by its URL from the start.
        File.Copy(Path.Combine(SharedMaterial.HelsinkiCorpus, "metadata.json"), Path.Combine(folder, "metadata.json"));
        foreach (var file in Directory.EnumerateFiles(SharedMaterial.HelsinkiCorpus, "*.txt"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var list = await api.WaitForAsync(l => ArticlesApi.Count(l) == 144 && (int)l["sentences"]! == expected.Sentences, Patience);

        Assert.Equal(expected.Quotes, (int)list["quotes"]!);

        // A changed file replaces its article.
        var changed = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).First();
        var id = expected.SentencesById.Keys.Single(k => ArticlesApi.Article(list, k) is { } a && (string?)a["title"] == File.ReadLines(changed).First().Trim());
        await File.AppendAllTextAsync(changed, "\n\n\"The watched folder picked this up,\" said Quinn Harlow.\n");
        list = await api.WaitForAsync(l => (int)ArticlesApi.Article(l, id)!["sentences"]! == expected.SentencesById[id] + 1, Patience);
        Assert.Equal(144, ArticlesApi.Count(list));
        var reply = ActivityClient.Visible(await new ActivityClient(client).AskAsync("what did Quinn Harlow say?"));
        Assert.Contains("The watched folder picked this up", reply, StringComparison.Ordinal);

        // A deleted file's article is removed, and nothing else.
        File.Delete(changed);
        list = await api.WaitForAsync(l => ArticlesApi.Count(l) == 143, Patience);
        Assert.Null(ArticlesApi.Article(list, id));
        Assert.Equal(expected.Sentences - expected.SentencesById[id], (int)list["sentences"]!);
    }
    [Fact]
    public async Task WatchedFolder_PageMarkdownAndJsonLinesDroppedIn_AreEachSearchable()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("articles");
        Directory.CreateDirectory(folder);
        await using var host = new BotHost(folder, new Dictionary<string, string?>
        {
            ["ChatBot:AdminApiKey"] = "k",
            ["ChatBot:WatchDelayMilliseconds"] = "200",
        });
        using var client = await host.StartAsync();
        var api = new ArticlesApi(client, "k");

        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour-bridge-story.html"), Path.Combine(folder, "bridge.html"));
        temp.Write("articles/sub/ferry.md", "---\ntitle: Ferry fares to rise\noutlet: The Northport Ledger\nurl: https://ledger.example/ferry\n---\n\"Fuel costs have doubled,\" said Anna Berg.\n");
        temp.Write("articles/feed.jsonl", "{\"title\":\"Storm warning\",\"outlet\":\"Coastal Wire\",\"url\":\"https://coastalwire.example/storm\",\"text\":\"\\\"Stay indoors tonight,\\\" said forecaster Lena Moss.\"}\n{broken line\n");
        var list = await api.WaitForAsync(l => ArticlesApi.Count(l) == 3, Patience);

        Assert.NotNull(ArticlesApi.Article(list, "https://ledger.example/news/2019/03/04/harbour-bridge-vote"));
        Assert.NotNull(ArticlesApi.Article(list, "https://ledger.example/ferry"));
        Assert.NotNull(ArticlesApi.Article(list, "https://coastalwire.example/storm"));
        var reply = ActivityClient.Visible(await new ActivityClient(client).AskAsync("what did Lena Moss say?"));
        Assert.Contains("Stay indoors tonight", reply, StringComparison.Ordinal);
    }
}
