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
    // Every distinct word of the article gets a number, once: the contexts are then put
    // together by marking numbers, not by hashing each paragraph's words again for each
    // paragraph it is the context of (a tenth of building the documents).
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly Dictionary<int, int[]> _paragraphs = [];
    private readonly Dictionary<int, string[]> _paragraphWords = [];
    private readonly Dictionary<int, string[]> _contexts = [];
    private int[]? _headline;
    private bool[] _marked = [];

    /// <summary>The words of the paragraph numbered <paramref name="number"/>; for a sentence
    /// outside any paragraph, the words of <paramref name="fallback"/>.</summary>
    public string[] Of(int number, string fallback)
    {
        if (_paragraphWords.TryGetValue(number, out var words))
            return words;
        if (NumbersOf(number) is not { } numbers)
            return [.. AnalyzedTerms.Of(analyzer, SentenceFields.Text, fallback).Distinct(StringComparer.Ordinal)];
        return _paragraphWords[number] = [.. numbers.Select(n => _words[n])];
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
        var context = new List<int>();
        Mark(_headline ??= Numbers(article.Headline), context);
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
                    Mark(NumbersOf(paragraphs[i].Number)!, context);
            }
        }
        foreach (var own in NumbersOf(number) ?? [])
        {
            if (own < _marked.Length)
                _marked[own] = false;
        }
        var result = new List<string>(context.Count);
        foreach (var word in context)
        {
            if (_marked[word])
                result.Add(_words[word]);
            _marked[word] = false;
        }
        return _contexts[number] = [.. result];
    }

    // Marks words not marked yet, noting them in order.
    private void Mark(int[] numbers, List<int> marked)
    {
        if (_marked.Length < _words.Count)
            Array.Resize(ref _marked, Math.Max(_words.Count, 2 * _marked.Length));
        foreach (var number in numbers)
        {
            if (!_marked[number])
            {
                _marked[number] = true;
                marked.Add(number);
            }
        }
    }

    // The distinct words of a paragraph of the article, or null when it has no such paragraph.
    private int[]? NumbersOf(int paragraphNumber)
    {
        if (_paragraphs.TryGetValue(paragraphNumber, out var numbers))
            return numbers;
        var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == paragraphNumber);
        return paragraph is null ? null : _paragraphs[paragraphNumber] = Numbers(article.TextOf(paragraph.Span));
    }

    private int[] Numbers(string text)
    {
        var numbers = new List<int>();
        var seen = new HashSet<int>();
        foreach (var word in AnalyzedTerms.Of(analyzer, SentenceFields.Text, text))
        {
            if (!_numbers.TryGetValue(word, out var number))
            {
                _numbers[word] = number = _words.Count;
                _words.Add(word);
            }
            if (seen.Add(number))
                numbers.Add(number);
        }
        return [.. numbers];
    }
}
