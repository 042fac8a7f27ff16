using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// One article prepared for the attribution rules: its sentences, its quotations, and the body
/// cut into tokens that know their sentence and whether they stand inside quotation marks.
/// </summary>
internal sealed class ArticleDocument
{
    private readonly bool[] _inQuote;

    public ArticleDocument(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Quotation> quotations)
    {
        Article = article;
        Sentences = sentences;
        Quotations = quotations;
        _inQuote = new bool[article.Text.Length];
        foreach (var q in quotations)
            Array.Fill(_inQuote, true, q.Span.Start, q.Span.Length);

        // The headline is read as a sentence of its own, before the body's: headlines attribute
        // too ("Obama Says Museum Will Tell of ‘Suffering’", "Pence: Flowers Won’t Be at Debate").
        var spans = new List<TextSpan>(sentences.Count + 1);
        HasHeadline = article.HeadlineSpan.Length > 0;
        if (HasHeadline)
            spans.Add(article.HeadlineSpan);
        spans.AddRange(sentences.Select(x => x.Span));
        SentenceCount = spans.Count;

        Tokens = new List<Token>(article.Text.Length / 5);
        SentenceFirst = new int[spans.Count + 1];
        for (var s = 0; s < spans.Count; s++)
        {
            SentenceFirst[s] = Tokens.Count;
            Tokenizer.Tokenize(article.Text, spans[s], InQuote, Tokens);
        }
        SentenceFirst[spans.Count] = Tokens.Count;
        _sentenceOfToken = new int[Tokens.Count];
        for (var s = 0; s < spans.Count; s++)
            Array.Fill(_sentenceOfToken, s, SentenceFirst[s], SentenceFirst[s + 1] - SentenceFirst[s]);
        HeadlineInTitleCase = HasHeadline && TitleCase(0);
        for (var i = article.Text.IndexOf('\n'); i >= 0; i = article.Text.IndexOf('\n', i + 1))
            _newlines.Add(i);
    }

    private readonly int[] _sentenceOfToken;

    private readonly List<int> _newlines = [];

    public Article Article { get; }

    public string Text => Article.Text;

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Quotation> Quotations { get; }

    public List<Token> Tokens { get; }

    /// <summary>Whether token sentence 0 is the headline.</summary>
    public bool HasHeadline { get; }

    /// <summary>A headline with most words capitalised, where capitals say nothing about names.</summary>
    public bool HeadlineInTitleCase { get; }

    /// <summary>Sentences as the rules see them: the headline (if any), then the body's.</summary>
    public int SentenceCount { get; }

    public bool IsHeadline(int token) => HasHeadline && SentenceOf(token) == 0;

    /// <summary>The word as a cue: in the headline lowercased ("Says").</summary>
    public string CueWord(int token) => IsHeadline(token) ? Tokens[token].Text.ToLowerInvariant() : Tokens[token].Text;

    /// <summary>Index of each sentence's first token; the last entry is the token count.</summary>
    public int[] SentenceFirst { get; }

    private bool TitleCase(int sentence)
    {
        int words = 0, capitals = 0;
        for (var k = SentenceFirst[sentence]; k < SentenceFirst[sentence + 1]; k++)
        {
            if (!Tokens[k].IsWord || Tokens[k].Text.Length < 4)
                continue;
            words++;
            if (Tokens[k].IsCapitalized)
                capitals++;
        }
        return words > 0 && capitals * 10 >= words * 7;
    }

    private HashSet<string>? _midSentence;

    /// <summary>Whether the body capitalises this word after a sentence's first word somewhere
    /// (evidence of a name, which a sentence-opening capital is not).</summary>
    public bool IsCapitalisedMidSentence(string word)
    {
        if (_midSentence is null)
        {
            _midSentence = new HashSet<string>(StringComparer.Ordinal);
            for (var s = HasHeadline ? 1 : 0; s < SentenceCount; s++)
            {
                for (var i = SentenceFirst[s] + 1; i < SentenceFirst[s + 1]; i++)
                {
                    if (Tokens[i].IsCapitalized && !(Tokens[i - 1].Is("“") || Tokens[i - 1].Is("\"") || Tokens[i - 1].Is(":")))
                        _midSentence.Add(Tokens[i].IsPossessive ? Tokens[i].Text[..^2] : Tokens[i].Text);
                }
            }
        }
        return _midSentence.Contains(word);
    }

    public bool InQuote(int position) => position >= 0 && position < _inQuote.Length && _inQuote[position];

    public int SentenceOf(int token) => _sentenceOfToken[token];

    public int SentenceStart(int token) => SentenceFirst[SentenceOf(token)];

    public int SentenceEnd(int token) => SentenceFirst[SentenceOf(token) + 1];

    public string Word(int token) => Tokens[token].Text;

    public bool IsWordAt(int token, string word) => token >= 0 && token < Tokens.Count && Tokens[token].IsWord && Tokens[token].Text == word;

    public bool IsPunctAt(int token, string punct) => token >= 0 && token < Tokens.Count && Tokens[token].Is(punct);

    /// <summary>The first token starting at or after a position.</summary>
    public int TokenAtOrAfter(int position)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < position)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    public TextSpan SpanOf(int first, int last) => new(Tokens[first].Span.Start, Tokens[last].Span.End);

    public int ParagraphAt(int position) => Article.ParagraphAt(position)?.Number ?? 0;

    /// <summary>Which line of the text a position is on. Many archives end a paragraph with a
    /// single newline, so a line is the paragraph as the writer meant it.</summary>
    public int LineAt(int position)
    {
        var index = _newlines.BinarySearch(position);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Whether only blanks stand between the start of its line and a position.</summary>
    public bool StartsLine(int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            if (Text[i] == '\n')
                return true;
            if (!char.IsWhiteSpace(Text[i]))
                return false;
        }
        return true;
    }
}
