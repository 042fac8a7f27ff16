using ChatBot.Coverage.Articles;
using ChatBot.Search.Retrieval;
using Lucene.Net.Analysis;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The distinct analysed words of each paragraph of one article, and of each paragraph's
/// context (the headline and the paragraphs around it). Every sentence of a paragraph shares
/// them, so each paragraph is analysed once per article however many sentences it has.
/// </summary>
internal sealed class ParagraphWords(Article article, Analyzer analyzer)
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

    /// <summary>The words of the headline and of the paragraphs around paragraph
    /// <paramref name="number"/>, except those of that paragraph itself (a word in the paragraph
    /// already counts for more than one in the context, so indexing it twice would only cost
    /// time): <see cref="SentenceDocuments.ContextParagraphsAfter"/> after it and at least
    /// <see cref="SentenceDocuments.ContextParagraphsBefore"/> before it, more while those hold
    /// fewer than <see cref="SentenceDocuments.ContextWordsBefore"/> words.</summary>
    public string[] ContextOf(int number)
    {
        if (_contexts.TryGetValue(number, out var words))
            return words;
        var context = new HashSet<string>(_headline ??= Distinct(article.Headline), StringComparer.Ordinal);
        var paragraphs = article.Paragraphs;
        var at = -1;
        for (var i = 0; i < paragraphs.Count && at < 0; i++)
        {
            if (paragraphs[i].Number == number)
                at = i;
        }
        if (at >= 0)
        {
            var first = at;
            var wordsBefore = 0;
            while (first > 0 && at - first < SentenceDocuments.ContextParagraphsBeforeAtMost
                && (at - first < SentenceDocuments.ContextParagraphsBefore || wordsBefore < SentenceDocuments.ContextWordsBefore))
            {
                first--;
                wordsBefore += SentenceDocuments.WordCount(article.TextOf(paragraphs[first].Span));
            }
            var last = Math.Min(paragraphs.Count - 1, at + SentenceDocuments.ContextParagraphsAfter);
            for (var i = first; i <= last; i++)
            {
                if (i != at)
                    context.UnionWith(Of(paragraphs[i].Number, ""));
            }
        }
        context.ExceptWith(Of(number, ""));
        return _contexts[number] = [.. context];
    }

    private string[] Distinct(string text) =>
        [.. AnalyzedTerms.Of(analyzer, SentenceFields.Text, text).Distinct(StringComparer.Ordinal)];
}
