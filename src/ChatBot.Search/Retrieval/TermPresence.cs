using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Tells which of a few terms each of some documents holds in one field, by stepping through
/// each term's postings once in document order: no stored text is read or analysed, and each
/// term is looked up once per index segment however many documents are asked about.
/// </summary>
internal sealed class TermPresence(string field, IReadOnlyCollection<string> terms)
{
    private readonly (string Text, BytesRef Bytes)[] _terms = [.. terms.Select(t => (t, new BytesRef(t)))];

    /// <summary>The terms each document holds, by its index-wide number.</summary>
    public Dictionary<int, HashSet<string>> In(IList<AtomicReaderContext> leaves, IEnumerable<int> docs)
    {
        var present = new Dictionary<int, HashSet<string>>();
        foreach (var doc in docs)
            present.TryAdd(doc, new HashSet<string>(StringComparer.Ordinal));
        if (_terms.Length == 0)
            return present;
        foreach (var inLeaf in present.Keys.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[inLeaf.Key];
            var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (enumerator is null)
                continue;
            DocsEnum? postings = null;
            foreach (var (text, bytes) in _terms)
            {
                if (!enumerator.SeekExact(bytes))
                    continue;
                postings = enumerator.Docs(null, postings, DocsFlags.NONE);
                foreach (var doc in inLeaf)
                {
                    var target = doc - leaf.DocBase;
                    var at = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                        break;
                    if (at == target)
                        present[doc].Add(text);
                }
            }
        }
        return present;
    }
}
