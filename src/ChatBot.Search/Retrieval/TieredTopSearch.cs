using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// The top hits of a query whose score ends in small tie-breaking bonuses (a longer statement
/// ranks a little higher), exactly as Lucene ranks them all, but found without visiting every
/// match. Stopping early (<see cref="TopUntilBoundCollector"/>) needs enough matches to score
/// the most any can; a bonus that few sentences earn (long statements) would make that rare.
/// So the matches are split by each bonus term into tiers (sentences with it, then those
/// without it, whose best is that much lower), searched best tier first, each stopping once it
/// is complete, until the hits found outrank anything a later tier can hold. Every tier steps
/// through the one weight of the whole query (see <see cref="ScoreTier"/>).
/// </summary>
internal static class TieredTopSearch
{
    public static TopDocs Search(IndexSearcher searcher, Weight weight, BooleanQuery query, int count, IReadOnlyList<Term> bonusTerms)
    {
        var tiers = new List<ScoreTier>();
        foreach (var (bounded, required, excluded) in Tiers(query, [], bonusTerms))
        {
            if (ScoreBound.Of(bounded) is not { } bound)
                return searcher.Search(query, count);
            tiers.Add(new ScoreTier(required, excluded, bound));
        }
        tiers.Sort((a, b) => b.Bound.CompareTo(a.Bound));

        var found = new List<ScoreDoc>();
        foreach (var tier in tiers)
        {
            // Every hit already found beats whatever this tier (and those after it) can hold.
            if (found.Count(d => d.Score > tier.Bound + ScoreBound.Tolerance) >= count)
                break;
            found.AddRange(TopUntilBoundCollector.Search(searcher, weight, count, tier).ScoreDocs);
        }
        // Ties go to the earlier document, as in Lucene's own ranking.
        var top = found.OrderByDescending(d => d.Score).ThenBy(d => d.Doc).Take(count).ToArray();
        return new TopDocs(top.Length, top, top.Length == 0 ? float.NaN : top[0].Score);
    }

    /// <summary>The tiers, which together hold exactly the query's matches, none twice: with
    /// the first bonus term, then without it split by the next; each with the query its bound
    /// is computed from (without a bonus its matches cannot have).</summary>
    private static IEnumerable<(BooleanQuery Bounded, Term? Required, IReadOnlyList<Term> Excluded)> Tiers(
        BooleanQuery query, IReadOnlyList<Term> excluded, IReadOnlyList<Term> bonusTerms)
    {
        if (bonusTerms.Count == 0)
        {
            yield return (query, null, excluded);
            yield break;
        }
        var term = bonusTerms[0];
        yield return (query, term, excluded);
        var without = Copy(query, clause => !IsBonus(clause, term));
        foreach (var tier in Tiers(without, [.. excluded, term], [.. bonusTerms.Skip(1)]))
            yield return tier;
    }

    private static bool IsBonus(BooleanClause clause, Term term) =>
        clause.Occur == Occur.SHOULD && clause.Query is ConstantScoreQuery { Query: TermQuery bonus } && bonus.Term.Equals(term);

    private static BooleanQuery Copy(BooleanQuery query, Func<BooleanClause, bool> keep)
    {
        var copy = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };
        foreach (var clause in query.Clauses.Where(keep))
            copy.Add(clause.Query, clause.Occur);
        return copy;
    }
}
