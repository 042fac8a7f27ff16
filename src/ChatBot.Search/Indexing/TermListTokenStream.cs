using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Feeds Lucene a list of terms that were analysed already, one position apart. A sentence's
/// context (headline and nearby paragraphs) is shared with its neighbours: analysing each
/// paragraph once per article and handing every sentence its distinct terms costs a fraction of
/// re-analysing the same text for each sentence. Reusable: <see cref="SetTerms"/> refills it for
/// the next document.
/// </summary>
internal sealed class TermListTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private IReadOnlyList<string> _terms = [];
    private int _next;

    public TermListTokenStream() => _term = AddAttribute<ICharTermAttribute>();

    /// <summary>The terms of the next document.</summary>
    public void SetTerms(IReadOnlyList<string> terms) => _terms = terms;

    public override bool IncrementToken()
    {
        if (_next >= _terms.Count)
            return false;
        ClearAttributes();
        _term.SetEmpty().Append(_terms[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
