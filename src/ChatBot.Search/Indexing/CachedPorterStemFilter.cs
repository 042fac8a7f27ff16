using ChatBot.Coverage.Sentences;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Lucene's Porter stemming (<see cref="PorterStemFilter"/>), term for term, remembering each
/// word's stem: the words of news repeat ("said", "president", "talks"), and stemming was a
/// sizeable part of analysing every paragraph indexed. A word not seen yet is stemmed by a
/// <see cref="PorterStemFilter"/> of its own, so the stems are Lucene's exactly. Keywords are
/// left alone, as that filter does. One instance serves one thread's analysis chain; its
/// memory is bounded (see <see cref="BoundedWordTable{TValue}"/>).
/// </summary>
internal sealed class CachedPorterStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly BoundedWordTable<string> _stems;
    private readonly OneWord _word = new();
    private readonly PorterStemFilter _stemmer;

    public CachedPorterStemFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _stemmer = new PorterStemFilter(_word);
        _stems = new BoundedWordTable<string>((word, _) => Stem(word));
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (_keyword.IsKeyword)
            return true;
        var chars = _term.Buffer.AsSpan(0, _term.Length);
        var stem = _stems.Of(chars);
        if (!chars.SequenceEqual(stem))
            _term.SetEmpty().Append(stem);
        return true;
    }

    private string Stem(ReadOnlySpan<char> word)
    {
        _word.Set(word);
        _stemmer.Reset();
        _stemmer.IncrementToken();
        var stem = _word.Term;
        _stemmer.End();
        return stem;
    }

    // The one word the inner stemmer reads, and where it leaves the stem.
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private bool _given;

        public OneWord() => _term = AddAttribute<ICharTermAttribute>();

        public string Term => _term.ToString();

        public void Set(ReadOnlySpan<char> word)
        {
            _term.SetEmpty();
            _term.Append(word.ToString());
            _given = false;
        }

        public override bool IncrementToken()
        {
            if (_given)
                return false;
            _given = true;
            return true;
        }
    }
}
