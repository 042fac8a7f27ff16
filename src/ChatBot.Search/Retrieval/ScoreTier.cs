using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// The part of a query's matches that hold a term (when <see cref="Required"/> is set) and none
/// of <see cref="Excluded"/>, none of which scores above <see cref="Bound"/>. Its matches are
/// found by stepping the query's own scorer and the terms' postings together, so they score
/// exactly as the whole query does.
/// </summary>
internal sealed record ScoreTier(Term? Required, IReadOnlyList<Term> Excluded, double Bound)
{
    /// <summary>The tier's matches in one segment, in document order, or null when the
    /// segment holds none (the required term is absent).</summary>
    public Matches? In(AtomicReader segment, Scorer scorer)
    {
        DocsEnum? required = null;
        if (Required is not null && (required = segment.GetTermDocsEnum(Required)) is null)
            return null;
        var excluded = Excluded.Select(segment.GetTermDocsEnum).OfType<DocsEnum>().ToArray();
        return new Matches(scorer, required, excluded);
    }

    public sealed class Matches(Scorer scorer, DocsEnum? required, DocsEnum[] excluded)
    {
        /// <summary>The next match, with the scorer on it, or NO_MORE_DOCS.</summary>
        public int Next()
        {
            int doc;
            do
            {
                doc = required is null ? scorer.NextDoc() : NextWithRequired();
            }
            while (doc != DocIdSetIterator.NO_MORE_DOCS && IsExcluded(doc));
            return doc;
        }

        // The scorer and the required term's postings leapfrog to their next common document.
        private int NextWithRequired()
        {
            var target = required!.NextDoc();
            while (target != DocIdSetIterator.NO_MORE_DOCS)
            {
                var doc = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (doc == target || doc == DocIdSetIterator.NO_MORE_DOCS)
                    return doc;
                target = required.Advance(doc);
            }
            return target;
        }

        private bool IsExcluded(int doc)
        {
            foreach (var postings in excluded)
            {
                if ((postings.DocID < doc ? postings.Advance(doc) : postings.DocID) == doc)
                    return true;
            }
            return false;
        }
    }
}
