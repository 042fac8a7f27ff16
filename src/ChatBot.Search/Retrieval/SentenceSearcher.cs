using System.Globalization;
using ChatBot.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>Runs a Lucene query against the index and returns the hits with their stored
/// fields, plus per-term document frequencies for weighting the question's words.</summary>
public sealed class SentenceSearcher(CoverageIndex index)
{
    public CoverageIndex Index { get; } = index;

    public IReadOnlyList<SentenceHit> Search(Query query, int count) => Index.Search(searcher =>
    {
        var top = searcher.Search(query, count);
        var hits = new List<SentenceHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            hits.Add(Read(searcher.Doc(scoreDoc.Doc), scoreDoc.Score) with
            {
                ContextTerms = TermsOf(searcher.IndexReader.GetTermVector(scoreDoc.Doc, SentenceFields.Context)),
            });
        }
        return (IReadOnlyList<SentenceHit>)hits;
    });

    /// <summary>The sentence with this id ("{article}#{number}"), or null.</summary>
    public SentenceHit? Get(string articleId, int sentenceNumber)
    {
        var hits = Search(new TermQuery(new Term(SentenceFields.Id, $"{articleId}#{sentenceNumber}")), 1);
        return hits.Count == 0 ? null : hits[0];
    }

    /// <summary>Inverse document frequency of a term in a field: rare words weigh more.</summary>
    public double Idf(string field, string term) => Index.Search(searcher =>
    {
        var reader = searcher.IndexReader;
        var frequency = reader.DocFreq(new Term(field, term));
        return Math.Log(1 + (reader.NumDocs + 1.0) / (frequency + 1.0));
    });

    private static HashSet<string> TermsOf(Terms? vector)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (vector is null)
            return terms;
        var enumerator = vector.GetEnumerator();
        while (enumerator.MoveNext())
            terms.Add(enumerator.Term.Utf8ToString());
        return terms;
    }

    private static SentenceHit Read(Document document, float score) => new(
        document.Get(SentenceFields.Article),
        document.GetField(SentenceFields.SentenceNumber)?.GetInt32Value() ?? 0,
        document.GetField(SentenceFields.Paragraph)?.GetInt32Value() ?? 0,
        document.Get(SentenceFields.Text) ?? "",
        document.Get(SentenceFields.Headline) ?? "",
        document.Get(SentenceFields.ParagraphText) ?? "",
        document.Get(SentenceFields.Outlet),
        DateOnly.TryParseExact(document.Get(SentenceFields.Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        document.Get(SentenceFields.Url),
        document.Get(SentenceFields.Kind) ?? SentenceFields.KindNarrative,
        StoredAttribution.Deserialize(document.Get(SentenceFields.Attributions)),
        score);
}
