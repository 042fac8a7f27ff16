using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// The most a query can score a document on this index's searchers, which neither normalise nor
/// coordinate scores (see <see cref="Indexing.ScoreAsBoostsSimilarity"/>): a constant-score
/// clause adds its boost times its parents' boosts, a Boolean query the sum of its clauses, a
/// disjunction its best. Null when a clause's score depends on the document (term frequencies),
/// so no bound is known.
/// </summary>
public static class ScoreBound
{
    /// <summary>How far a score may fall short of a bound and still reach it: scores are float
    /// sums of the same boosts a bound adds up in double, and no two distinct sums of this
    /// index's boosts lie this close.</summary>
    public const double Tolerance = 1e-4;

    public static double? Of(Query query) => Of(query, 1.0);

    private static double? Of(Query query, double scale)
    {
        if (query.Boost < 0)
            return null;
        scale *= query.Boost;
        switch (query)
        {
            case ConstantScoreQuery or MatchAllDocsQuery:
                return scale;
            case BooleanQuery boolean:
                var sum = 0.0;
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT)
                        continue;
                    if (Of(clause.Query, scale) is not { } bound)
                        return null;
                    sum += bound;
                }
                return sum;
            case DisjunctionMaxQuery disjunction:
                double best = 0, all = 0;
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    if (Of(disjunct, scale) is not { } bound)
                        return null;
                    best = Math.Max(best, bound);
                    all += bound;
                }
                // The best disjunct plus the tie-breaker's share of the others.
                return best + disjunction.TieBreakerMultiplier * (all - best);
            default:
                return null;
        }
    }
}
