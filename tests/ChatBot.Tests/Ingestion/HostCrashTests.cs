using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary>
/// Kills the host (SIGKILL) in the middle of ingesting the Helsinki corpus from its watched
/// folder, starts it again on the same folder and index, and checks that every article is there
/// exactly once: commits are atomic and the start-up synchronisation finishes the work.
/// </summary>
public sealed class HostCrashTests
{
    [Fact]
    public async Task Host_KilledInTheMiddleOfALargeIngest_HasEveryArticleExactlyOnceAfterRestart()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("articles");
        var indexPath = temp.Combine("index");
        Directory.CreateDirectory(folder);
        var expected = CoverageCounts.OfFolder(SharedMaterial.HelsinkiCorpus);

        int countAtKill;
        using (var host = new HostProcess(folder, indexPath, "k"))
        {
            await host.WaitUntilReadyAsync();
            var api = new ArticlesApi(host.Client, "k");
            File.Copy(Path.Combine(SharedMaterial.HelsinkiCorpus, "metadata.json"), Path.Combine(folder, "metadata.json"));
            foreach (var file in Directory.EnumerateFiles(SharedMaterial.HelsinkiCorpus, "*.txt"))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));

            // Some articles committed, not all: the ingest is under way.
            var list = await api.WaitForAsync(l => ArticlesApi.Count(l) > 0, TimeSpan.FromSeconds(60));
            host.Kill();
            countAtKill = ArticlesApi.Count(list);
        }
        Assert.InRange(countAtKill, 1, 143);

        using (var restarted = new HostProcess(folder, indexPath, "k"))
        {
            await restarted.WaitUntilReadyAsync();
            var api = new ArticlesApi(restarted.Client, "k");
            var list = await api.WaitForAsync(l => ArticlesApi.Count(l) == 144 && (int)l["sentences"]! >= expected.Sentences, TimeSpan.FromSeconds(90));

            Assert.Equal((144, expected.Sentences, expected.Quotes), (ArticlesApi.Count(list), (int)list["sentences"]!, (int)list["quotes"]!));
            foreach (var (id, sentences) in expected.SentencesById)
                Assert.Equal(sentences, (int?)ArticlesApi.Article(list, id)?["sentences"]);
        }

        // The index on disk, read after the host is gone: one document per sentence, no copies.
        using var index = CoverageIndex.Open(indexPath);
        Assert.Equal(expected.Sentences, index.Statistics().Sentences);
        Assert.Equal(expected.SentencesById.Keys.Order(StringComparer.Ordinal), index.ArticleIds().Order(StringComparer.Ordinal));
    }
}
