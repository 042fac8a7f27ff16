using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Replays terms analysed once, for a field whose text many documents share: every sentence of
/// a paragraph has the same context, and each paragraph is in the context of several. Only the
/// terms matter to such a field (it is searched by term and read through term vectors), so
/// positions are simply consecutive.
/// </summary>
internal sealed class TermListStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private IReadOnlyList<string[]> _parts = [];
    private int _part;
    private int _index;

    public TermListStream() => _term = AddAttribute<ICharTermAttribute>();

    /// <summary>Points the stream at the next document's terms: the previous document must
    /// have been consumed.</summary>
    public TermListStream Of(IReadOnlyList<string[]> parts)
    {
        _parts = parts;
        _part = 0;
        _index = 0;
        return this;
    }

    public override bool IncrementToken()
    {
        while (_part < _parts.Count)
        {
            var terms = _parts[_part];
            if (_index < terms.Length)
            {
                ClearAttributes();
                _term.SetEmpty().Append(terms[_index++]);
                return true;
            }
            _part++;
            _index = 0;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _part = 0;
        _index = 0;
    }
}
