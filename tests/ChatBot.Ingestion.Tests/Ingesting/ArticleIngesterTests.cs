using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Coverage;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Ingestion.Tests.Ingesting;

public sealed class ArticleIngesterTests
{
    private static IndexingReport Ingest(CoverageIndex index, params string[] paths) =>
        new ArticleIngester(index, new CoverageAnalyzer()).Ingest(new ArticleFileReader().Read(paths).ToList());

    [Fact]
    public void Ingest_HelsinkiCorpus_IndexesEveryArticleSentenceAndQuoteUnderItsUrl()
    {
        using var temp = new TempFolder();
        using var index = CoverageIndex.Open(temp.Combine("index"));

        var report = Ingest(index, SharedMaterial.HelsinkiCorpus);

        // What the pipeline finds reading the same files directly, article by article.
        var analyzer = new CoverageAnalyzer();
        var direct = new ArticleFileReader().ReadFolder(SharedMaterial.HelsinkiCorpus).Select(c => analyzer.Analyze(c.Article!)).ToList();
        var counts = CoverageCounts.Of(index);
        Assert.Empty(report.Rejected);
        Assert.Equal(144, report.Added.Count);
        Assert.Equal(144, counts.Articles);
        Assert.Equal(direct.Sum(a => a.Sentences.Count), counts.Sentences);
        Assert.Equal(direct.Sum(a => a.Attributions.Where(x => a.Sentences.Any(s => x.Content.Overlaps(s.Span))).Select(x => x.Content.Start).Distinct().Count()), counts.Quotes);
        Assert.All(index.ArticleIds(), id => Assert.StartsWith("http", id, StringComparison.Ordinal));
        Assert.Equal(index.Statistics().Sentences, counts.Sentences);
    }

    [Fact]
    public void Ingest_AfterABatchStoppedBeforeItsCommit_IndexesEachArticleOnce()
    {
        using var temp = new TempFolder();
        using var index = CoverageIndex.Open(temp.Combine("index"));
        var candidates = new ArticleFileReader().ReadFolder(SharedMaterial.HelsinkiCorpus).ToList();
        // No commit before the stop: the articles indexed so far are in the writer, not in the
        // last commit, which is what the next batch reads to tell new articles from known ones.
        var ingester = new ArticleIngester(index, new CoverageAnalyzer()) { CommitEvery = 1000, CommitInterval = TimeSpan.FromHours(1) };
        using var stop = new CancellationTokenSource();
        var progress = new StopAfter(40, stop);

        Assert.ThrowsAny<OperationCanceledException>(() => ingester.Ingest(candidates, progress, stop.Token));
        Assert.True(index.HasUncommittedChanges);
        var report = ingester.Ingest(candidates);

        Assert.Equal(144, CoverageCounts.Of(index).Articles);
        Assert.Equal(report.Sentences, index.Statistics().Sentences);
        Assert.False(index.HasUncommittedChanges);
    }

    // Cancels once the batch reports this many articles done.
    private sealed class StopAfter(int articles, CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value)
        {
            if (value >= articles)
                stop.Cancel();
        }
    }

    [Fact]
    public void Ingest_BulkLoad_EndsInOneSegmentWithEverythingFindable()
    {
        using var temp = new TempFolder();
        using var index = CoverageIndex.Open(temp.Combine("index"));
        // Commits every few articles, as a long ingest does, each leaving a segment.
        var ingester = new ArticleIngester(index, new CoverageAnalyzer()) { CommitEvery = 5, CommitEveryAtMost = 5, CompactAfter = 100 };

        var report = ingester.Ingest(new ArticleFileReader().ReadFolder(SharedMaterial.HelsinkiCorpus).ToList());

        Assert.Equal(144, report.Added.Count);
        Assert.Equal(1, index.Search(searcher => searcher.IndexReader.Leaves.Count));
        Assert.Equal(report.Sentences, index.Statistics().Sentences);
    }

    [Fact]
    public void Ingest_FirstLoadBelowTheBulkSize_AlsoEndsInOneSegment()
    {
        using var temp = new TempFolder();
        using var index = CoverageIndex.Open(temp.Combine("index"));
        var ingester = new ArticleIngester(index, new CoverageAnalyzer()) { CommitEvery = 5, CommitEveryAtMost = 5 };

        ingester.Ingest(new ArticleFileReader().ReadFolder(SharedMaterial.HelsinkiCorpus).ToList());

        Assert.Equal(1, index.Search(searcher => searcher.IndexReader.Leaves.Count));
    }

    [Fact]
    public void Ingest_SmallBatchIntoALargerIndex_LeavesMergingToLucene()
    {
        using var temp = new TempFolder();
        using var index = CoverageIndex.Open(temp.Combine("index"));
        var ingester = new ArticleIngester(index, new CoverageAnalyzer());
        ingester.Ingest(new ArticleFileReader().ReadFolder(SharedMaterial.HelsinkiCorpus).ToList());
        var story = temp.Write("news/story.md", "---\ntitle: Bridge vote\nurl: https://ledger.example/bridge\n---\n\"We will build it,\" said Helen Okafor.\n");

        ingester.Ingest(new ArticleFileReader().Read([story]).ToList());

        Assert.Equal(2, index.Search(searcher => searcher.IndexReader.Leaves.Count));
    }

    [Fact]
    public void Ingest_SameFilesAgain_ChangesNothing()
    {
        using var temp = new TempFolder();
        var folder = temp.CopyFolder(SharedMaterial.HelsinkiCorpus, "articles");
        using var index = CoverageIndex.Open(temp.Combine("index"));
        Ingest(index, folder);
        var generation = index.Generation;
        var before = CoverageCounts.Of(index);

        var again = Ingest(index, folder);

        Assert.Equal(144, again.Unchanged.Count);
        Assert.Empty(again.Added);
        Assert.Empty(again.Updated);
        Assert.Equal(generation, index.Generation);
        Assert.Equal(before.SentencesById, CoverageCounts.Of(index).SentencesById);
    }

    [Fact]
    public void Ingest_ChangedArticle_ReplacesTheOldVersion()
    {
        using var temp = new TempFolder();
        var story = temp.Write("news/story.md", "---\ntitle: Bridge vote\nurl: https://ledger.example/bridge\n---\n\"We will build it,\" said Helen Okafor.\n");
        using var index = CoverageIndex.Open(temp.Combine("index"));
        Ingest(index, story);

        File.WriteAllText(story, "---\ntitle: Bridge vote delayed\nurl: https://ledger.example/bridge\n---\n\"We will wait a year,\" said Helen Okafor.\n\nThe vote was postponed.\n");
        var report = Ingest(index, story);

        Assert.Equal(["https://ledger.example/bridge"], report.Updated);
        var article = Assert.Single(index.Articles(countSentences: true).Values);
        Assert.Equal("Bridge vote delayed", article.Headline);
        Assert.Equal(2, article.Sentences);
        var reply = AnswerText.Render(new AnswerService(index).Answer("what did Helen Okafor say?", new ConversationMemory()));
        Assert.Contains("wait a year", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("build it", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SameStoryUnderTwoUrls_IsRecognisedAndAnswersShowOneQuoteWithBothOutlets()
    {
        using var temp = new TempFolder();
        const string body = "Dock workers returned to work on Tuesday.\n\n\"Our members held the line and they have been heard,\" union secretary Tomas Eriksen said.\n";
        var first = temp.Write("a/wire.md", "---\ntitle: Dock strike ends\noutlet: Coastal Wire\nurl: https://coastalwire.example/dock\n---\n" + body);
        // The syndicated copy: another headline, another outlet, curly quotes and other spacing.
        var copy = temp.Write("b/copy.md", "---\ntitle: Port strike over after pay deal\noutlet: Harbour Times\nurl: https://harbourtimes.example/port\n---\n"
            + body.Replace("\"Our", "\u201COur", StringComparison.Ordinal).Replace("heard,\"", "heard,\u201D", StringComparison.Ordinal).Replace(" on ", "  on ", StringComparison.Ordinal));
        using var index = CoverageIndex.Open(temp.Combine("index"));
        Ingest(index, first);

        var report = Ingest(index, copy);

        Assert.Equal([("https://harbourtimes.example/port", "https://coastalwire.example/dock")], report.Syndicated);
        var answer = new AnswerService(index).Answer("what did Tomas Eriksen say?", new ConversationMemory());
        var item = Assert.Single(answer.Items);
        Assert.Equal(["Coastal Wire", "Harbour Times"], item.Sources.Select(s => s.Outlet).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synchronize_FileDeletedFromTheFolder_RemovesOnlyItsArticle()
    {
        using var temp = new TempFolder();
        temp.Write("folder/one.txt", "One\n\nFirst body.\n");
        var two = temp.Write("folder/two.txt", "Two\n\nSecond body.\n");
        var elsewhere = temp.Write("elsewhere/three.txt", "Three\n\nThird body.\n");
        using var index = CoverageIndex.Open(temp.Combine("index"));
        var ingester = new ArticleIngester(index, new CoverageAnalyzer());
        var reader = new ArticleFileReader();
        ingester.Ingest(reader.Read([elsewhere]).ToList());
        ingester.Synchronize(temp.Combine("folder"), reader.ReadFolder(temp.Combine("folder")).ToList());

        File.Delete(two);
        var report = ingester.Synchronize(temp.Combine("folder"), reader.ReadFolder(temp.Combine("folder")).ToList());

        Assert.Equal(["two.txt"], report.Removed);
        Assert.Equal(["one.txt", "three.txt"], index.ArticleIds().Order(StringComparer.Ordinal));
    }
}
