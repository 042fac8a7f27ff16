using ChatBot.Coverage;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;

namespace ChatBot.TestSupport;

/// <summary>How many articles, sentences and distinct quotes a folder of articles makes, as the
/// ingestion library reads it into a fresh in-memory index: what every other way in must match.</summary>
public sealed record CoverageCounts(int Articles, int Sentences, int Quotes, IReadOnlyDictionary<string, int> SentencesById)
{
    public static CoverageCounts OfFolder(string folder)
    {
        using var index = CoverageIndex.InMemory();
        var candidates = new ArticleFileReader().ReadFolder(folder).ToList();
        new ArticleIngester(index, new CoverageAnalyzer()).Synchronize(folder, candidates);
        return Of(index);
    }

    public static CoverageCounts Of(CoverageIndex index)
    {
        var articles = index.Articles(countSentences: true);
        return new CoverageCounts(articles.Count, articles.Values.Sum(a => a.Sentences), articles.Values.Sum(a => a.Quotes),
            articles.Values.ToDictionary(a => a.Id, a => a.Sentences));
    }
}
