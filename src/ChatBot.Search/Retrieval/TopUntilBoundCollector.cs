using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Ranks the best <c>count</c> matches as Lucene's own top-scores collector does, but stops
/// visiting matches once <c>count</c> of them score the most any match can
/// (<see cref="ScoreBound"/>): a later match could at best tie, and ties go to the earlier
/// document, so the result is exactly that of visiting them all. With scores built from a few
/// boosts, the best score is common, and a topic word found in thousands of sentences no
/// longer means scoring them all.
/// </summary>
internal sealed class TopUntilBoundCollector(int count, double bound) : IEarlyStoppingCollector
{
    /// <summary>The best <paramref name="count"/> matches of a query's weight none of whose
    /// matches scores above <paramref name="bound"/>, best first.</summary>
    public static TopDocs Search(IndexSearcher searcher, Weight weight, int count, double bound) =>
        EarlyStoppingSearch.Run(searcher, weight, new TopUntilBoundCollector(count, bound));

    /// <summary>The best <paramref name="count"/> matches of one tier of a query's matches.</summary>
    public static TopDocs Search(IndexSearcher searcher, Weight weight, int count, ScoreTier tier) =>
        EarlyStoppingSearch.Run(searcher, weight, new TopUntilBoundCollector(count, tier.Bound), tier);

    private readonly TopScoreDocCollector _top = TopScoreDocCollector.Create(count, docsScoredInOrder: true);
    private readonly float _best = (float)(bound - ScoreBound.Tolerance);
    private ScoreCachingWrappingScorer? _scorer;
    private int _atBest;

    public TopDocs TopDocs => _top.GetTopDocs();

    public void SetSegment(AtomicReaderContext leaf, Scorer scorer)
    {
        _top.SetNextReader(leaf);
        // The score is read twice per match (here and by the ranking), computed once.
        _scorer = new ScoreCachingWrappingScorer(scorer);
        _top.SetScorer(_scorer);
    }

    public StopVerdict Collect(int doc)
    {
        _top.Collect(doc);
        return _scorer!.GetScore() >= _best && ++_atBest >= count ? StopVerdict.AllDone : StopVerdict.More;
    }
}
