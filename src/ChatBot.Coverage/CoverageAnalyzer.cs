using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage;

/// <summary>
/// The whole reading pipeline for one article: quotations, sentences, then attributions (who
/// said what) with speakers resolved to one canonical name each. Thread-safe: holds no
/// per-article state.
/// </summary>
public sealed class CoverageAnalyzer
{
    private readonly SentenceSplitter _splitter = new();

    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quotations = QuotationScanner.Scan(article);
        var sentences = _splitter.Split(article, quotations);
        var document = new ArticleDocument(article, sentences, quotations);
        var (attributions, speakers) = AttributionExtractor.Extract(document);
        return new AnalyzedArticle(article, sentences, attributions, speakers);
    }
}
