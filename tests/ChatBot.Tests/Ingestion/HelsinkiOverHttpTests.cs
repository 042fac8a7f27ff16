using System.Net;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary>The whole Helsinki corpus through <c>POST /api/articles</c> on the real host.</summary>
public sealed class HelsinkiOverHttpTests
{
    [Fact]
    public async Task Post_EveryHelsinkiArticle_IndexesTheSameArticlesSentencesAndQuotesAsReadingTheFiles()
    {
        using var temp = new TempFolder();
        var uploads = HelsinkiUploads.Write(temp.Combine("uploads"));
        var expected = CoverageCounts.OfFolder(temp.Combine("uploads"));
        Directory.CreateDirectory(temp.Combine("articles"));
        await using var host = new BotHost(temp.Combine("articles"), new Dictionary<string, string?> { ["ChatBot:AdminApiKey"] = "k" });
        using var client = await host.StartAsync();
        var api = new ArticlesApi(client, "k");

        foreach (var upload in uploads)
        {
            var response = await api.PostAsync(await File.ReadAllTextAsync(upload), "text/markdown");
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{upload}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var list = await api.ListAsync();
        Assert.Equal((144, expected.Sentences, expected.Quotes), (ArticlesApi.Count(list), (int)list["sentences"]!, (int)list["quotes"]!));
        Assert.Equal(144, Directory.EnumerateFiles(temp.Combine("articles", "posted")).Count());

        // Sending everything again changes nothing.
        foreach (var upload in uploads.Take(20))
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsync(await File.ReadAllTextAsync(upload), "text/markdown")).StatusCode);
        var again = await api.ListAsync();
        Assert.Equal((144, expected.Sentences), (ArticlesApi.Count(again), (int)again["sentences"]!));
    }
}
