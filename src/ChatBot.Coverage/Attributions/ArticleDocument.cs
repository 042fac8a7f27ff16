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

        Tokens = new List<Token>(article.Text.Length / 5);
        SentenceFirst = new int[sentences.Count + 1];
        for (var s = 0; s < sentences.Count; s++)
        {
            SentenceFirst[s] = Tokens.Count;
            Tokens.AddRange(Tokenizer.Tokenize(article.Text, sentences[s].Span, InQuote));
        }
        SentenceFirst[sentences.Count] = Tokens.Count;
        _sentenceOfToken = new int[Tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
            Array.Fill(_sentenceOfToken, s, SentenceFirst[s], SentenceFirst[s + 1] - SentenceFirst[s]);
        HeadlineTokens = Tokenizer.Tokenize(article.Text, article.HeadlineSpan, InQuote);
    }

    private readonly int[] _sentenceOfToken;

    public Article Article { get; }

    public string Text => Article.Text;

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Quotation> Quotations { get; }

    public List<Token> Tokens { get; }

    public List<Token> HeadlineTokens { get; }

    /// <summary>Index of each sentence's first token; the last entry is the token count.</summary>
    public int[] SentenceFirst { get; }

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
}
