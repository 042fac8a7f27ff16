using ChatBot.Benchmarks.Corpus;
using ChatBot.Benchmarks.Measurement;
using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Benchmarks.Answering;

/// <summary>The floor under our answering: the same index asked the plainest speaker-filtered
/// query (speaker must match, topic word should) for the top 5 with their stored fields, as
/// FTS5 is asked. The gap to the full answer is what understanding and ranking cost.</summary>
public static class BareLuceneBenchmark
{
    public static LatencyStats Run(CoverageIndex index, IReadOnlyList<BenchQuestion> questions, int rounds)
    {
        var queries = questions.Where(q => q.Kind == BenchQuestion.SpeakerTopic).Select(q => Query(index, q)).ToList();
        return WarmUp.ThenTimeEach(queries, rounds, query => index.Search(searcher =>
        {
            foreach (var hit in searcher.Search(query, 5).ScoreDocs)
                _ = searcher.Doc(hit.Doc).Get(SentenceFields.Text);
            return 0;
        }));
    }

    private static Query Query(CoverageIndex index, BenchQuestion question)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SentenceFields.SpeakerId, question.Speaker)), Occur.MUST },
        };
        foreach (var term in AnalyzedTerms.Of(index.Analyzer, SentenceFields.Text, question.TopicWord ?? ""))
            query.Add(new TermQuery(new Term(SentenceFields.Text, term)), Occur.SHOULD);
        return query;
    }
}
