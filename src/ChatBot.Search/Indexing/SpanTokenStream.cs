using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Feeds Lucene a sentence's or a quote's words from its paragraph's analysis
/// (<see cref="SpanTokens"/>), with their position increments, so phrases match as if the text
/// had been analysed on its own: the first word counts as one position (only the distance
/// between words matters to a phrase). Reusable: <see cref="SetTokens"/> refills it for the next
/// document.
/// </summary>
internal sealed class SpanTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private SpanTokens _tokens = new([], [], default);
    private int _next;
    private bool _started;

    public SpanTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public void SetTokens(SpanTokens tokens) => _tokens = tokens;

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
