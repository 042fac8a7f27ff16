using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;

namespace ChatBot.Search.Tests.Retrieval;

/// <summary>The other outlets that ran a sentence word for word, read from the index's doc
/// values: each copy's source must be exactly what its own stored document says.</summary>
public sealed class SentenceSearcherCopiesTests : IDisposable
{
    private const string Quote = "“The harbour will reopen on Monday,” Mayor Lena Ortiz said.";

    private const string TimesText = $"Port news\n\nCrews worked all night.\n\nThe storm has passed.\n\n{Quote}\n";
    private const string BlogText = $"Reopening\n\nA short note.\n\n{Quote}\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Copies_SentenceInOtherArticles_EachCopysSourceAsItsStoredDocumentHasIt()
    {
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        // Each article committed on its own: the copies lie in several index segments.
        Index(index, "wire", $"Harbour to reopen\n\n{Quote}\n", new ArticleSource("Coastal Wire", "https://wire.example/a", new DateOnly(2024, 3, 1)));
        Index(index, "times", TimesText, new ArticleSource("Harbour Times", "https://times.example/b", new DateOnly(2024, 3, 2)));
        // Straight quote marks: a copy all the same.
        Index(index, "blog", BlogText.Replace("”", "\"", StringComparison.Ordinal).Replace("“", "\"", StringComparison.Ordinal), new ArticleSource(null, null, null));
        Index(index, "other", "Unrelated\n\n“The harbour stays shut,” Mayor Lena Ortiz said.\n", new ArticleSource("Coastal Wire", "https://wire.example/c", null));
        var searcher = new SentenceSearcher(index);

        var copies = searcher.Copies(Quote, ["wire"], 12);

        var times = searcher.Get("times", QuoteNumber(times: true))!.Source;
        var blog = searcher.Get("blog", QuoteNumber(times: false))!.Source;
        Assert.Equal([blog, times], copies.OrderBy(s => s.ArticleId));
        Assert.Equal(new SentenceSource("times", "Port news", "Harbour Times", new DateOnly(2024, 3, 2), "https://times.example/b", 3, times.SentenceNumber), times);
        Assert.Equal(new SentenceSource("blog", "Reopening", null, null, null, 2, blog.SentenceNumber), blog);
    }

    [Fact]
    public void Copies_FewerWanted_ListsNoMore()
    {
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        for (var n = 0; n < 5; n++)
            Index(index, $"copy-{n}", $"Harbour to reopen\n\n{Quote}\n", new ArticleSource($"Outlet {n}", null, null));

        var copies = new SentenceSearcher(index).Copies(Quote, ["copy-0"], 2);

        Assert.Equal(2, copies.Count);
        Assert.DoesNotContain(copies, c => c.ArticleId == "copy-0");
    }

    [Fact]
    public void Copies_ArticleIndexedAgain_ListsOnlyItsCurrentVersion()
    {
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        Index(index, "wire", $"Harbour to reopen\n\n{Quote}\n", new ArticleSource("Coastal Wire", null, null));
        Index(index, "times", TimesText, new ArticleSource("Harbour Times", null, null));

        Index(index, "times", TimesText, new ArticleSource("Harbour Times Weekend", null, null));

        var copy = Assert.Single(new SentenceSearcher(index).Copies(Quote, ["wire"], 12));
        Assert.Equal("Harbour Times Weekend", copy.Outlet);
    }

    [Fact]
    public void Copies_OtherSentenceInTheSameKeyBucket_IsNoCopy()
    {
        // Sentences are indexed by a bucket of their key, which many different sentences share.
        const string Quote = "“Harbour fees rise by 1 percent,” Mayor Lena Ortiz said.";
        var bucket = SentenceKey.Of(Quote).Bucket;
        var neighbour = Enumerable.Range(2, 1_000_000)
            .Select(n => $"“Harbour fees rise by {n} percent,” Mayor Lena Ortiz said.")
            .First(text => SentenceKey.Of(text).Bucket == bucket);
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        Index(index, "wire", $"Fees\n\n{Quote}\n", new ArticleSource("Coastal Wire", null, null));
        Index(index, "times", $"Fees\n\n{neighbour}\n", new ArticleSource("Harbour Times", null, null));
        Index(index, "blog", $"Fees\n\n{Quote}\n", new ArticleSource(null, null, null));

        var copies = new SentenceSearcher(index).Copies(Quote, ["wire"], 12);

        Assert.Equal(["blog"], copies.Select(c => c.ArticleId));
    }

    // The quote's sentence number in the "times" article or the "blog" one.
    private static int QuoteNumber(bool times) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("x", times ? TimesText : BlogText))
            .Sentences.Single(s => s.Text.Contains("reopen on Monday", StringComparison.Ordinal)).Number;

    private static void Index(CoverageIndex index, string id, string text, ArticleSource source)
    {
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse(id, text, source)));
        index.Commit();
    }
}
