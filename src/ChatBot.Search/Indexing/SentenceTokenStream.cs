using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Feeds Lucene a sentence's words from its paragraph's analysis (<see cref="SentenceTokens"/>),
/// with their position increments, so phrases match as if the sentence had been analysed on its
/// own: the first word counts as one position (only the distance between words matters to a
/// phrase). Reusable: <see cref="SetTokens"/> refills it for the next document.
/// </summary>
internal sealed class SentenceTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private SentenceTokens _tokens = new([], [], default);
    private int _next;
    private bool _started;

    public SentenceTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public void SetTokens(SentenceTokens tokens) => _tokens = tokens;

    public override bool IncrementToken()
    {
        var paragraph = _tokens.Paragraph;
        while (_next < paragraph.Length)
        {
            var token = paragraph[_next++];
            if (!_tokens.Span.Contains(token.Start))
                continue;
            ClearAttributes();
            _increment.PositionIncrement = _started ? token.Increment : 1;
            _started = true;
            _term.SetEmpty().Append(_tokens.Words[token.Word]);
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _started = false;
    }
}
