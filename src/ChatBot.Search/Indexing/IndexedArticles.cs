using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Indexing;

/// <summary>Lists the articles in the index with what is stored about them, for ingestion
/// (which needs each article's hash and origin) and for the articles API.</summary>
public static class IndexedArticles
{
    private static readonly HashSet<string> AttributionsField = [SentenceFields.Attributions];

    private static readonly HashSet<string> SummaryFields =
    [
        SentenceFields.Headline, SentenceFields.Outlet, SentenceFields.Date, SentenceFields.Url,
        SentenceFields.Origin, SentenceFields.ContentHash, SentenceFields.Fingerprint,
    ];

    /// <summary>Every article of the last commit by id. With <paramref name="countSentences"/>
    /// each article's sentences and distinct quotes are counted too, which reads every sentence.</summary>
    public static IReadOnlyDictionary<string, IndexedArticle> Articles(this CoverageIndex index, bool countSentences = false) =>
        Articles(index, countSentences, onlyId: null);

    /// <summary>One article of the last commit, with its sentences and quotes counted, or null.</summary>
    public static IndexedArticle? Article(this CoverageIndex index, string id) =>
        Articles(index, countSentences: true, onlyId: id).GetValueOrDefault(id);

    private static IReadOnlyDictionary<string, IndexedArticle> Articles(CoverageIndex index, bool countSentences, string? onlyId) =>
        index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var result = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
            var terms = MultiFields.GetTerms(reader, SentenceFields.Article);
            if (terms is null)
                return result;
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var enumerator = terms.GetEnumerator();
            while (enumerator.MoveNext())
            {
                var id = enumerator.Term.Utf8ToString();
                if (onlyId is not null && id != onlyId)
                    continue;
                var docs = MultiFields.GetTermDocsEnum(reader, liveDocs, SentenceFields.Article, new BytesRef(id));
                if (docs is null)
                    continue;
                var first = -1;
                var sentences = 0;
                var quoteStarts = new HashSet<int>();
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    if (first < 0)
                        first = docs.DocID;
                    sentences++;
                    if (!countSentences)
                        break;
                    var stored = StoredAttribution.Of(searcher.Doc(docs.DocID, AttributionsField));
                    // A quote running over two sentences is stored on both: count it once.
                    foreach (var attribution in stored)
                        quoteStarts.Add(attribution.ContentStart);
                }
                if (first < 0)
                    continue;
                var document = searcher.Doc(first, SummaryFields);
                result[id] = new IndexedArticle(
                    id,
                    document.Get(SentenceFields.Headline) ?? "",
                    document.Get(SentenceFields.Outlet),
                    document.Get(SentenceFields.Date),
                    document.Get(SentenceFields.Url),
                    document.Get(SentenceFields.Origin),
                    document.Get(SentenceFields.ContentHash),
                    document.Get(SentenceFields.Fingerprint),
                    countSentences ? sentences : 0,
                    quoteStarts.Count);
            }
            return result;
        });
}
