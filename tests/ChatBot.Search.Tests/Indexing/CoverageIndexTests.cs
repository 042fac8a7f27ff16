using ChatBot.Coverage;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>The index on a real folder on disk: what goes in comes back after a reopen,
/// re-indexing never duplicates, a changed article replaces the old, damage is detected.</summary>
public sealed class CoverageIndexTests : IDisposable
{
    private const string Story = """
        Leaders meet in Helsinki

        “We discussed nuclear arms control at length,” Russian President Vladimir Putin said on Monday.

        He added that the talks were useful.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Synchronize_FolderOfArticles_SentencesAreSearchableAfterReopen()
    {
        var articles = WriteArticles(("story.txt", Story));
        var indexPath = _folder.Combine("index");

        using (var index = CoverageIndex.Open(indexPath))
        {
            var report = new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(articles);
            Assert.Equal(["story.txt"], report.Added);
        }

        using var reopened = CoverageIndex.Open(indexPath);
        var statistics = reopened.Statistics();
        Assert.Equal(1, statistics.Articles);
        Assert.Equal(2, statistics.Sentences);
        var hits = new SentenceSearcher(reopened).Search(new TermQuery(new Term(SentenceFields.SpeakerId, "Vladimir Putin")), 10);
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.Text.Contains("nuclear arms control", StringComparison.Ordinal) && h.Paragraph == 1);
    }

    [Fact]
    public void Synchronize_SameFolderTwice_ChangesNothingTheSecondTime()
    {
        var articles = WriteArticles(("story.txt", Story), ("other.txt", "Other headline\n\nA sentence about trade."));
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        var indexer = new FolderIndexer(index, new CoverageAnalyzer());
        indexer.Synchronize(articles);
        var before = index.Statistics();

        var second = indexer.Synchronize(articles);

        Assert.Empty(second.Added);
        Assert.Empty(second.Updated);
        Assert.Equal(2, second.Unchanged.Count);
        Assert.Equal(before, index.Statistics());
    }

    [Fact]
    public void Synchronize_ChangedArticle_ReplacesItsSentences()
    {
        var articles = WriteArticles(("story.txt", Story));
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        var indexer = new FolderIndexer(index, new CoverageAnalyzer());
        indexer.Synchronize(articles);

        File.WriteAllText(Path.Combine(articles, "story.txt"), "Leaders meet in Helsinki\n\nThe meeting was postponed.");
        var report = indexer.Synchronize(articles);

        Assert.Equal(["story.txt"], report.Updated);
        Assert.Equal(1, index.Statistics().Sentences);
        var old = new SentenceSearcher(index).Search(new TermQuery(new Term(SentenceFields.Text, "nuclear")), 10);
        Assert.Empty(old);
    }

    [Fact]
    public void Synchronize_FileDeletedOrBroken_RemovesDeletedButKeepsWhatTheBrokenOneHad()
    {
        var articles = WriteArticles(("story.txt", Story), ("other.txt", "Other headline\n\nA sentence about trade."));
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        var indexer = new FolderIndexer(index, new CoverageAnalyzer());
        indexer.Synchronize(articles);

        File.Delete(Path.Combine(articles, "other.txt"));
        File.WriteAllBytes(Path.Combine(articles, "story.txt"), [0xff, 0xfe, 0x00, 0x41]);
        var report = indexer.Synchronize(articles);

        Assert.Equal(["other.txt"], report.Removed);
        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("story.txt", rejected.File);
        Assert.Equal(["story.txt"], index.ArticleIds());
        Assert.Equal(2, index.Statistics().Sentences);
    }

    [Fact]
    public void Open_DamagedIndexFiles_ReportsTheDamageInsteadOfServingGarbage()
    {
        var articles = WriteArticles(("story.txt", Story));
        var indexPath = _folder.Combine("index");
        using (var index = CoverageIndex.Open(indexPath))
            new FolderIndexer(index, new CoverageAnalyzer()).Synchronize(articles);
        foreach (var file in Directory.GetFiles(indexPath, "segments_*"))
            File.WriteAllBytes(file, [1, 2, 3]);

        Assert.ThrowsAny<IOException>(() => CoverageIndex.Open(indexPath));
        using var rebuilt = CoverageIndex.Recreate(indexPath);
        Assert.Equal(0, rebuilt.Statistics().Sentences);
    }

    private string WriteArticles(params (string Name, string Text)[] articles)
    {
        var folder = _folder.Combine("articles");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in articles)
            File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }
}
