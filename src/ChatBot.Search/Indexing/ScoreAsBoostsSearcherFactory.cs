using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Indexing;

/// <summary>Hands out searchers that score with <see cref="ScoreAsBoostsSimilarity"/>.</summary>
internal sealed class ScoreAsBoostsSearcherFactory : SearcherFactory
{
    private static readonly ScoreAsBoostsSimilarity Similarity = new();

    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
}
