using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Cli.Tests.Commands;

/// <summary>The real <c>chatbot ingest</c> as a process, its output redirected (so plain progress
/// lines, no progress bar), on a real index folder.</summary>
public sealed class IngestCommandTests
{
    [Fact]
    public void Ingest_HelsinkiCorpusTwice_IndexesEverythingThenChangesNothing()
    {
        using var temp = new TempFolder();
        var indexPath = temp.Combine("index");

        var (exitCode, output, error) = CliProcess.Run("ingest", SharedMaterial.HelsinkiCorpus, "--index", indexPath);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("ingesting: 144/144 articles", output, StringComparison.Ordinal);
        Assert.Contains("144 added, 0 updated, 0 unchanged, 0 rejected", output, StringComparison.Ordinal);
        var expected = CoverageCounts.OfFolder(SharedMaterial.HelsinkiCorpus);
        using (var index = CoverageIndex.Open(indexPath))
        {
            var counts = CoverageCounts.Of(index);
            Assert.Equal((144, expected.Sentences, expected.Quotes), (counts.Articles, counts.Sentences, counts.Quotes));
            Assert.Equal(expected.SentencesById, counts.SentencesById);
        }

        var again = CliProcess.Run("ingest", SharedMaterial.HelsinkiCorpus, "--index", indexPath);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 added, 0 updated, 144 unchanged, 0 rejected", again.Output, StringComparison.Ordinal);
        Assert.Contains($"index: 144 articles, {expected.Sentences} sentences", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ChangedArticle_IsReportedUpdatedAndReplacesTheOld()
    {
        using var temp = new TempFolder();
        var story = temp.Write("in/story.md", "---\ntitle: Bridge vote\nurl: https://ledger.example/bridge\n---\n\"We will build it,\" said Helen Okafor.\n");
        CliProcess.Run("ingest", story, "--index", temp.Combine("index"));
        File.WriteAllText(story, "---\ntitle: Bridge vote\nurl: https://ledger.example/bridge\n---\n\"We will wait,\" said Helen Okafor.\n\nThe vote was postponed.\n");

        var (exitCode, output, _) = CliProcess.Run("ingest", story, "--index", temp.Combine("index"));

        Assert.Equal(0, exitCode);
        Assert.Contains("0 added, 1 updated, 0 unchanged, 0 rejected", output, StringComparison.Ordinal);
        using var index = CoverageIndex.Open(temp.Combine("index"));
        Assert.Equal(2, Assert.Single(index.Articles(countSentences: true).Values).Sentences);
    }

    [Fact]
    public void Ingest_BadFilesAmongGoodOnes_ListsEachRejectedFileAndExitsNonZero()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", "Good story\n\n\"Fine,\" said Ada Park.\n");
        temp.Write("in/empty.txt", "");
        File.WriteAllBytes(temp.Combine("in", "binary.txt"), [0x00, 0x01, 0x02, 0x03]);
        temp.Write("in/feed.jsonl", "{\"title\":\"Good\",\"text\":\"Good line.\"}\n{not json}\n");

        var (exitCode, output, _) = CliProcess.Run("ingest", temp.Combine("in"), "--index", temp.Combine("index"));

        Assert.Equal(1, exitCode);
        Assert.Contains("2 added, 0 updated, 0 unchanged, 3 rejected", output, StringComparison.Ordinal);
        Assert.Contains("rejected empty.txt: the file is empty", output, StringComparison.Ordinal);
        Assert.Contains("rejected binary.txt: the file is binary, not text", output, StringComparison.Ordinal);
        Assert.Contains("rejected feed.jsonl line 2: not valid JSON", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_IndexHeldByAnotherProcess_FailsWithAClearMessage()
    {
        using var temp = new TempFolder();
        var story = temp.Write("story.txt", "Headline\n\nBody.\n");
        // This test process holds the writer, as a running bot host does.
        using var held = CoverageIndex.Open(temp.Combine("index"));

        var (exitCode, output, error) = CliProcess.Run("ingest", story, "--index", temp.Combine("index"));

        Assert.Equal(3, exitCode);
        Assert.Contains("is in use by another process", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_WithoutIndexOption_SaysItIsRequired()
    {
        var (exitCode, _, error) = CliProcess.Run("ingest", SharedMaterial.Seeds);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--index", error, StringComparison.Ordinal);
    }
}
