using System.Globalization;
using ChatBot.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Retrieval;

/// <summary>Runs a Lucene query against the index and returns the hits with their stored
/// fields, plus per-term document frequencies for weighting the question's words.</summary>
public sealed class SentenceSearcher(CoverageIndex index)
{
    public CoverageIndex Index { get; } = index;

    /// <summary>The top hits with their stored fields. <paramref name="contextTerms"/> names the
    /// only context terms the caller will look for: each hit's <see cref="SentenceHit.ContextTerms"/>
    /// then holds just those of them its context contains (none are read when the set is empty),
    /// instead of every term of its context; null reads them all.</summary>
    public IReadOnlyList<SentenceHit> Search(Query query, int count, IReadOnlyCollection<string>? contextTerms = null) => Index.Search(searcher =>
    {
        var top = searcher.Search(query, count);
        // Sorted, so the seeks below walk each term vector at most once.
        var wanted = contextTerms?.Select(t => new BytesRef(t)).Order().ToList();
        var hits = new List<SentenceHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var hit = Read(searcher.Doc(scoreDoc.Doc), scoreDoc.Score);
            if (wanted is null)
                hit = hit with { ContextTerms = TermsOf(searcher.IndexReader.GetTermVector(scoreDoc.Doc, SentenceFields.Context)) };
            else if (wanted.Count > 0)
                hit = hit with { ContextTerms = TermsOf(searcher.IndexReader.GetTermVector(scoreDoc.Doc, SentenceFields.Context), wanted) };
            hits.Add(hit);
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

    /// <summary>Which of the wanted terms the vector holds: a seek per wanted term is far cheaper
    /// than decoding every term of a long context into strings.</summary>
    private static HashSet<string> TermsOf(Terms? vector, List<BytesRef> wanted)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (vector is null)
            return terms;
        var enumerator = vector.GetEnumerator();
        foreach (var term in wanted)
        {
            if (enumerator.SeekExact(term))
                terms.Add(term.Utf8ToString());
        }
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
