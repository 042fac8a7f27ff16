using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Visits a query's matches (or one <see cref="ScoreTier"/> of them) segment by segment in
/// document order, as Lucene's own search does for an in-order collector, and stops where the
/// collector says. Lucene's loop can only be stopped by throwing
/// (<c>CollectionTerminatedException</c>); at one throw per search, and several searches per
/// question, that cost about a twentieth of answering one. The weight is built by the caller,
/// once for all the tiers and re-rankings of one search: building it looks every term up in the
/// term dictionary.
/// </summary>
internal static class EarlyStoppingSearch
{
    public static TopDocs Run(IndexSearcher searcher, Weight weight, IEarlyStoppingCollector collector, ScoreTier? tier = null)
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
                continue;
            var matches = tier is null ? new ScoreTier.Matches(scorer, null, []) : tier.In(leaf.AtomicReader, scorer);
            if (matches is null)
                continue;
            collector.SetSegment(leaf, scorer);
            int doc;
            while ((doc = matches.Next()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var verdict = collector.Collect(doc);
                if (verdict == StopVerdict.AllDone)
                    return collector.TopDocs;
                if (verdict == StopVerdict.SegmentDone)
                    break;
            }
        }
        return collector.TopDocs;
    }
}
