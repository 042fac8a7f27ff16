using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;

namespace ChatBot.Search.Tests.Retrieval;

/// <summary>A sentence found again by its article and number (what "show me the full paragraph"
/// starts from), among the sentences of several articles.</summary>
public sealed class SentenceSearcherGetTests : IDisposable
{
    private const string Text = "Port news\n\nCrews worked all night. The storm has passed.\n\n“The harbour will reopen on Monday,” Mayor Lena Ortiz said.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Get_EverySentenceOfAnArticle_ReturnsThatSentence()
    {
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse("times", Text));
        index.Index(analyzed);
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("wire", Text.Replace("Port news", "Harbour", StringComparison.Ordinal))));
        index.Commit();
        var searcher = new SentenceSearcher(index);

        Assert.True(analyzed.Sentences.Count >= 3);
        foreach (var sentence in analyzed.Sentences)
        {
            var hit = searcher.Get("times", sentence.Number);
            Assert.NotNull(hit);
            Assert.Equal(("times", sentence.Number, sentence.Text), (hit.ArticleId, hit.SentenceNumber, hit.Text));
        }
    }

    [Fact]
    public void Get_NoSuchSentenceOrArticle_ReturnsNull()
    {
        using var index = CoverageIndex.Open(_folder.Combine("index"));
        index.Index(new CoverageAnalyzer().Analyze(ArticleParser.Parse("times", Text)));
        index.Commit();
        var searcher = new SentenceSearcher(index);

        Assert.Null(searcher.Get("times", 999));
        Assert.Null(searcher.Get("elsewhere", 1));
    }
}
