using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Sentences;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The distinct analysed words of each paragraph of one article, and of each paragraph's
/// context (the headline and the paragraphs around it). Every sentence of a paragraph shares
/// them, so each paragraph is analysed once per article however many sentences it has; and
/// that one analysis also gives each sentence's and quote's own indexed words
/// (<see cref="TokensIn"/>), so no word of the article is analysed twice.
/// </summary>
internal sealed class ParagraphWords
{
    [ThreadStatic]
    private static ParagraphWords? _ofThisThread;

    private readonly Analyzer _analyzer;
    private Article _article = null!;

    private ParagraphWords(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>The words of an article. With <paramref name="reuse"/>, the calling thread's
    /// instance starts over with it, keeping its tables' room: what it handed out for the
    /// previous article is then no longer valid (see SentenceDocuments.From).</summary>
    public static ParagraphWords Of(Article article, Analyzer analyzer, bool reuse)
    {
        var words = !reuse ? new ParagraphWords(analyzer)
            : _ofThisThread is { } mine && mine._analyzer == analyzer ? mine
            : _ofThisThread = new ParagraphWords(analyzer);
        words.Start(article);
        return words;
    }

    private void Start(Article article)
    {
        _article = article;
        _numbers.Clear();
        _words.Clear();
        _paragraphs.Clear();
        _tokens.Clear();
        _contexts.Clear();
        _headline = null;
    }

    // Every distinct word of the article gets a number, once: the contexts are then put
    // together by marking numbers, not by hashing each paragraph's words again for each
    // paragraph it is the context of (a tenth of building the documents).
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly Dictionary<int, int[]> _paragraphs = [];
    private readonly Dictionary<int, ParagraphToken[]> _tokens = [];
    private readonly Dictionary<int, IReadOnlyList<string>> _contexts = [];
    private int[]? _headline;
    private bool[] _marked = [];
    // Which text's analysis last saw each word (see Numbers), or which sentence holds it (see
    // OutsideOf): a stamp, never cleared.
    private int[] _seenIn = [];
    private int _texts;
    // Reused while analysing each paragraph; what is kept is copied out.
    private readonly List<int> _numberBuffer = [];
    private readonly List<ParagraphToken> _tokenBuffer = [];
    private readonly List<int> _contextBuffer = [];

    /// <summary>The words of a sentence's paragraph that the sentence itself does not hold (those
    /// of its other sentences): a word the sentence holds is found in its text, which ranks
    /// above its paragraph, so indexing it again there would only cost time. A paragraph of one
    /// sentence, the most common kind in news, has none. Empty for a sentence outside any
    /// paragraph.</summary>
    public IReadOnlyList<string> OutsideOf(Sentence sentence)
    {
        if (NumbersOf(sentence.Paragraph) is not { } numbers)
            return [];
        var stamp = ++_texts;
        var tokens = _tokens[sentence.Paragraph];
        var inSentence = 0;
        foreach (var token in tokens)
        {
            if (sentence.Span.Contains(token.Start))
            {
                inSentence++;
                _seenIn[token.Word] = stamp;
            }
        }
        if (inSentence == tokens.Length)
            return [];
        var outside = new List<string>();
        foreach (var number in numbers)
        {
            if (_seenIn[number] != stamp)
                outside.Add(_words[number]);
        }
        return outside;
    }

    /// <summary>The words of a stretch of a paragraph (a sentence, a quote), in order, as
    /// analysing the paragraph gave them: the words that start within <paramref name="span"/>.
    /// Null when the article has no paragraph numbered <paramref name="paragraph"/> (a
    /// sentence of the headline), for the caller to analyse the text on its own.</summary>
    public SpanTokens? TokensIn(int paragraph, TextSpan span) =>
        NumbersOf(paragraph) is null ? null : new SpanTokens(_tokens[paragraph], _words, span);

    /// <summary>The words of the headline and of the paragraphs around paragraph
    /// <paramref name="number"/>, except those of that paragraph itself (a word in the paragraph
    /// already counts for more than one in the context, so indexing it twice would only cost
    /// time): <see cref="SentenceDocuments.ContextParagraphsAfter"/> after it and at least
    /// <see cref="SentenceDocuments.ContextParagraphsBefore"/> before it, more while those hold
    /// fewer than <see cref="SentenceDocuments.ContextWordsBefore"/> words.</summary>
    public IReadOnlyList<string> ContextOf(int number)
    {
        if (_contexts.TryGetValue(number, out var words))
            return words;
        var context = _contextBuffer;
        context.Clear();
        Mark(_headline ??= Numbers(_article.Headline), context);
        var paragraphs = _article.Paragraphs;
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
                wordsBefore += SentenceDocuments.WordCount(paragraphs[first].Span.In(_article.Text));
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
        return _contexts[number] = result;
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
        foreach (var paragraph in _article.Paragraphs)
        {
            if (paragraph.Number != paragraphNumber)
                continue;
            _tokenBuffer.Clear();
            _paragraphs[paragraphNumber] = numbers = Numbers(_article.TextOf(paragraph.Span), paragraph.Span.Start, _tokenBuffer);
            _tokens[paragraphNumber] = [.. _tokenBuffer];
            return numbers;
        }
        return null;
    }

    // The distinct words of a text, by number, noting every token when asked; a word already
    // numbered is looked up by its characters, without making a string of it.
    private int[] Numbers(string text, int start = 0, List<ParagraphToken>? tokens = null)
    {
        var numbers = _numberBuffer;
        numbers.Clear();
        var stamp = ++_texts;
        var byChars = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = _analyzer.GetTokenStream(SentenceFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var chars = term.Buffer.AsSpan(0, term.Length);
            if (!byChars.TryGetValue(chars, out var number))
            {
                var word = KnownWords.Of(chars);
                _numbers[word] = number = _words.Count;
                _words.Add(word);
            }
            if (number >= _seenIn.Length)
                Array.Resize(ref _seenIn, Math.Max(64, 2 * number));
            if (_seenIn[number] != stamp)
            {
                _seenIn[number] = stamp;
                numbers.Add(number);
            }
            tokens?.Add(new ParagraphToken(number, increment.PositionIncrement, start + offset.StartOffset));
        }
        stream.End();
        return [.. numbers];
    }
}
