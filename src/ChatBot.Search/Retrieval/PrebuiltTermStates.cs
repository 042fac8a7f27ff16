using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// A query whose term queries carry their terms' dictionary entries, looked up once on a
/// searcher: every weight Lucene then builds from it on that searcher (one per score tier and
/// per re-ranking, see <see cref="TieredTopSearch"/>) reuses them instead of seeking every term
/// again, which was about a fifth of answering a question. Scores and matches are unchanged.
/// </summary>
internal static class PrebuiltTermStates
{
    public static Query Apply(Query query, IndexSearcher searcher) =>
        Apply(query, searcher.TopReaderContext, new Dictionary<Term, TermContext>());

    private static Query Apply(Query query, IndexReaderContext context, Dictionary<Term, TermContext> built)
    {
        switch (query)
        {
            case TermQuery term:
                if (!built.TryGetValue(term.Term, out var states))
                    built[term.Term] = states = TermContext.Build(context, term.Term);
                return new TermQuery(term.Term, states) { Boost = term.Boost };
            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantScoreQuery(Apply(inner, context, built)) { Boost = constant.Boost };
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                    copy.Add(Apply(clause.Query, context, built), clause.Occur);
                return copy;
            case DisjunctionMaxQuery disjunction:
                var disjuncts = disjunction.Disjuncts.Select(d => Apply(d, context, built)).ToList();
                return new DisjunctionMaxQuery(disjuncts, disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
            default:
                return query;
        }
    }
}
