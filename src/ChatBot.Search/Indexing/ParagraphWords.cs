using ChatBot.Coverage.Articles;
using ChatBot.Search.Retrieval;
using Lucene.Net.Analysis;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The distinct analysed words of each paragraph of one article, and of each paragraph's
/// context (the headline and the paragraphs around it). Every sentence of a paragraph shares
/// them, so each paragraph is analysed once per article however many sentences it has.
/// </summary>
internal sealed class ParagraphWords(Article article, Analyzer analyzer, int before, int after)
{
    private readonly Dictionary<int, string[]> _paragraphs = [];
    private readonly Dictionary<int, string[]> _contexts = [];
    private string[]? _headline;

    /// <summary>The words of the paragraph numbered <paramref name="number"/>; for a sentence
    /// outside any paragraph, the words of <paramref name="fallback"/>.</summary>
    public string[] Of(int number, string fallback)
    {
        if (_paragraphs.TryGetValue(number, out var words))
            return words;
        var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == number);
        if (paragraph is null)
            return Distinct(fallback);
        return _paragraphs[number] = Distinct(article.TextOf(paragraph.Span));
    }

    /// <summary>The words of the headline and of the paragraphs from <c>before</c> paragraphs
    /// ahead of <paramref name="number"/> to <c>after</c> paragraphs after it, except those of
    /// paragraph <paramref name="number"/> itself: a word in the paragraph already counts for
    /// more than one in the context, so indexing it twice would only cost time.</summary>
    public string[] ContextOf(int number)
    {
        if (_contexts.TryGetValue(number, out var words))
            return words;
        var context = new HashSet<string>(_headline ??= Distinct(article.Headline), StringComparer.Ordinal);
        foreach (var paragraph in article.Paragraphs)
        {
            if (paragraph.Number >= number - before && paragraph.Number <= number + after && paragraph.Number != number)
                context.UnionWith(Of(paragraph.Number, ""));
        }
        context.ExceptWith(Of(number, ""));
        return _contexts[number] = [.. context];
    }

    private string[] Distinct(string text) =>
        [.. AnalyzedTerms.Of(analyzer, SentenceFields.Text, text).Distinct(StringComparer.Ordinal)];
}
