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

    private readonly IReadOnlyCollection<string> _knownPeople;

    public CoverageAnalyzer()
        : this([])
    {
    }

    /// <param name="knownPeople">Canonical full names of people found in other articles of the
    /// coverage ("Donald Trump"). An article that only ever writes "Trump" then still gets the
    /// full name, as long as one known person alone has that surname. Read-only after construction.</param>
    public CoverageAnalyzer(IReadOnlyCollection<string> knownPeople)
    {
        ArgumentNullException.ThrowIfNull(knownPeople);
        _knownPeople = knownPeople.ToArray();
    }

    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quotations = QuotationScanner.Scan(article);
        var sentences = _splitter.Split(article, quotations);
        var document = new ArticleDocument(article, sentences, quotations);
        var (attributions, speakers) = AttributionExtractor.Extract(document, _knownPeople);
        return new AnalyzedArticle(article, sentences, attributions, speakers);
    }
}
