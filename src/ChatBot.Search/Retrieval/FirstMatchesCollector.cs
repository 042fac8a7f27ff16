using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Collects the first <c>count</c> matches of each index segment and skips the rest of it: for
/// a query whose matches all score the same, where ranking them all would only pick the first
/// ones anyway, at the cost of visiting every match (thousands for a prolific speaker).
/// </summary>
internal sealed class FirstMatchesCollector(int count) : ICollector
{
    private readonly TopScoreDocCollector _top = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
    private int _inSegment;

    public TopDocs TopDocs => _top.GetTopDocs();

    public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

    public void Collect(int doc)
    {
        _top.Collect(doc);
        if (++_inSegment >= count)
            throw new CollectionTerminatedException();
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _inSegment = 0;
        _top.SetNextReader(context);
    }

    public bool AcceptsDocsOutOfOrder => false;
}
