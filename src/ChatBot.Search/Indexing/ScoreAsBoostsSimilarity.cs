using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Lucene's default scoring, except that a query's score is not normalised (query norm 1) and a
/// Boolean query does not scale by the share of its clauses that matched (coord 1). A query of
/// constant-score clauses then scores a document with exactly the sum of its matching clauses'
/// boosts, which is what ranking builds on: the boosts are how much of a question a sentence
/// covers, so the score is comparable across questions and needs no re-computation per hit.
/// </summary>
internal sealed class ScoreAsBoostsSimilarity : DefaultSimilarity
{
    public override float QueryNorm(float sumOfSquaredWeights) => 1f;

    public override float Coord(int overlap, int maxOverlap) => 1f;
}
