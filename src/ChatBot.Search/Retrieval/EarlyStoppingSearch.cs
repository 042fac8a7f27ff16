using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Visits a query's matches segment by segment in document order, as Lucene's own search does
/// for an in-order collector, and stops where the collector says. Lucene's loop can only be
/// stopped by throwing (<c>CollectionTerminatedException</c>); at one throw per search, and
/// several searches per question, that cost about a twentieth of answering one.
/// </summary>
internal static class EarlyStoppingSearch
{
    public static TopDocs Run(IndexSearcher searcher, Query query, IEarlyStoppingCollector collector)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
                continue;
            collector.SetSegment(leaf, scorer);
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
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
