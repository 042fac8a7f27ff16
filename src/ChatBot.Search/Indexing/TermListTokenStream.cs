using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Feeds Lucene a list of terms that were analysed already. A sentence's context (headline and
/// nearby paragraphs) is shared with its neighbours: analysing each paragraph once per article
/// and handing every sentence its distinct terms costs a fraction of re-analysing the same text
/// for each sentence; and a sentence's own words are those of its paragraph's analysis (with
/// their position increments, for phrases). Reusable: <see cref="SetTerms"/> refills it for
/// the next document.
/// </summary>
internal sealed class TermListTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private IReadOnlyList<string> _terms = [];
    private IReadOnlyList<int>? _increments;
    private int _next;

    public TermListTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The terms of the next document, each one position after the other unless
    /// <paramref name="increments"/> say otherwise (see IPositionIncrementAttribute).</summary>
    public void SetTerms(IReadOnlyList<string> terms, IReadOnlyList<int>? increments = null)
    {
        _terms = terms;
        _increments = increments;
    }

    public override bool IncrementToken()
    {
        if (_next >= _terms.Count)
            return false;
        ClearAttributes();
        if (_increments is not null)
            _increment.PositionIncrement = _increments[_next];
        _term.SetEmpty().Append(_terms[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
