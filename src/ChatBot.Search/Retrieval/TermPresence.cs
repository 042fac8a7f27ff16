using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Tells which of a few terms a document holds in one field, by skipping to the document in
/// each term's postings: no stored text is read or analysed. Each term is looked up in a
/// segment's term dictionary once, however many of its documents are asked about.
/// </summary>
internal sealed class TermPresence(string field, IReadOnlyCollection<string> terms)
{
    private readonly Dictionary<int, Segment> _segments = [];

    public HashSet<string> In(AtomicReaderContext leaf, int doc)
    {
        if (!_segments.TryGetValue(leaf.Ord, out var segment))
            _segments[leaf.Ord] = segment = new Segment(leaf.AtomicReader, field, terms);
        return segment.In(doc);
    }

    /// <summary>The terms' dictionary entries in one segment, found once.</summary>
    private sealed class Segment
    {
        private readonly TermsEnum? _enumerator;
        private readonly List<(string Term, BytesRef Bytes, TermState State)> _found = [];
        private DocsEnum? _docs;

        public Segment(AtomicReader reader, string field, IReadOnlyCollection<string> terms)
        {
            _enumerator = reader.GetTerms(field)?.GetEnumerator();
            if (_enumerator is null)
                return;
            foreach (var term in terms)
            {
                var bytes = new BytesRef(term);
                if (_enumerator.SeekExact(bytes))
                    _found.Add((term, bytes, _enumerator.GetTermState()));
            }
        }

        public HashSet<string> In(int doc)
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (term, bytes, state) in _found)
            {
                _enumerator!.SeekExact(bytes, state);
                // Postings only move forward, and documents are asked about in score order: a
                // fresh pass per document (reusing the enumerator's buffers).
                _docs = _enumerator.Docs(null, _docs, DocsFlags.NONE);
                if (_docs.Advance(doc) == doc)
                    present.Add(term);
            }
            return present;
        }
    }
}
