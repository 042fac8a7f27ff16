using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>A thread indexing articles one after another reuses its fields and its tables of
/// words: nothing of one article may reach the next one's documents.</summary>
public sealed class CoverageIndexReuseTests
{
    [Fact]
    public void Index_ArticlesOneAfterAnotherOnAThread_IndexesEachAsIfAlone()
    {
        var files = Directory.GetFiles(SharedMaterial.HelsinkiCorpus, "*.txt").Order(StringComparer.Ordinal).Take(4).ToList();
        var articles = files.Select(f => ArticleParser.Parse(Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var last = articles[^1];

        using var together = CoverageIndex.InMemory();
        foreach (var article in articles)
            together.Index(new CoverageAnalyzer().Analyze(article));
        together.Commit();
        // Alone: on a thread that never indexed anything else.
        using var alone = CoverageIndex.InMemory();
        var thread = new Thread(() =>
        {
            alone.Index(new CoverageAnalyzer().Analyze(last));
            alone.Commit();
        });
        thread.Start();
        thread.Join();

        var expected = Postings(alone, last.Id);
        Assert.True(expected.Count > 500, $"only {expected.Count} terms");
        Assert.Equal(expected, Postings(together, last.Id));
    }

    // For every indexed term of every field, the sentences of the article holding it.
    private static SortedDictionary<string, string> Postings(CoverageIndex index, string articleId) => index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var ofArticle = searcher.Search(new TermQuery(new Term(SentenceFields.Article, articleId)), 10_000).ScoreDocs
            .ToDictionary(d => d.Doc, d => searcher.Doc(d.Doc).Get(SentenceFields.SentenceNumber));
        var postings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = terms.DocsAndPositions(MultiFields.GetLiveDocs(reader), null);
                var sentences = new List<string>();
                if (docs is null)
                {
                    var plain = terms.Docs(MultiFields.GetLiveDocs(reader), null);
                    while (plain.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                        if (ofArticle.TryGetValue(plain.DocID, out var number))
                            sentences.Add(number);
                }
                else
                {
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        if (!ofArticle.TryGetValue(docs.DocID, out var number))
                            continue;
                        var positions = Enumerable.Range(0, docs.Freq).Select(_ => docs.NextPosition());
                        sentences.Add($"{number}@{string.Join(",", positions)}");
                    }
                }
                if (sentences.Count > 0)
                    postings[$"{field}:{terms.Term.Utf8ToString()}"] = string.Join(" ", sentences.Order(StringComparer.Ordinal));
            }
        }
        return postings;
    });
}
