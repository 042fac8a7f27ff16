using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Collects the first <c>count</c> matches of each index segment and skips the rest of it: for
/// a query whose matches all score the same, where ranking them all would only pick the first
/// ones anyway, at the cost of visiting every match (thousands for a prolific speaker).
/// </summary>
internal sealed class FirstMatchesCollector(int count) : IEarlyStoppingCollector
{
    /// <summary>The first <paramref name="count"/> matches of each segment, as ranked.</summary>
    public static TopDocs Search(IndexSearcher searcher, Weight weight, int count) =>
        EarlyStoppingSearch.Run(searcher, weight, new FirstMatchesCollector(count));

    private readonly TopScoreDocCollector _top = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
    private int _inSegment;

    public TopDocs TopDocs => _top.GetTopDocs();

    public void SetSegment(AtomicReaderContext leaf, Scorer scorer)
    {
        _inSegment = 0;
        _top.SetNextReader(leaf);
        _top.SetScorer(scorer);
    }

    public StopVerdict Collect(int doc)
    {
        _top.Collect(doc);
        return ++_inSegment >= count ? StopVerdict.SegmentDone : StopVerdict.More;
    }
}
