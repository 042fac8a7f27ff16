using ChatBot.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ChatBot.Search.Retrieval;

/// <summary>Runs a Lucene query against the index and reads the hits' stored fields, best first
/// and only as far as the caller reads; plus per-term document frequencies for weighting the
/// question's words.</summary>
public sealed class SentenceSearcher(CoverageIndex index)
{
    public CoverageIndex Index { get; } = index;

    /// <summary>The top <paramref name="count"/> hits, best first, read lazily: a hit's stored
    /// fields are read only when the enumeration reaches it, so a caller that stops after the
    /// first few pays for those few. A query scored from boosts alone (<see cref="ScoreBound"/>)
    /// is ranked without visiting every match, in the order Lucene would give. For each hit
    /// read, <see cref="SentenceHit.ParagraphTerms"/> and <see cref="SentenceHit.ContextTerms"/>
    /// tell which of <paramref name="terms"/> its paragraph and context hold. The index's
    /// searcher is held until the enumeration ends or is disposed. With
    /// <paramref name="allScoreAlike"/> (a query whose matches all score the same), the first
    /// matches found are taken without visiting the others.</summary>
    public IEnumerable<SentenceHit> Hits(Query query, int count, IReadOnlyCollection<string> terms, bool allScoreAlike = false)
    {
        using var lease = Index.AcquireSearcher();
        var searcher = lease.Searcher;
        var bound = allScoreAlike ? null : ScoreBound.Of(query);
        // Built once: every tier and the longer ranking step through the same weight.
        var weight = searcher.CreateNormalizedWeight(query);
        // Most readers stop after a few hits: a short list first, which a known best score lets
        // Lucene find without scoring every match; the full one only for a reader that goes on.
        // Both are ranked the same way, so the short list is the full one's beginning.
        // A list not much longer than the short one (a result's copies) is ranked at once.
        var wanted = bound is null || count <= 2 * FirstHits ? count : FirstHits;
        var top = Top(searcher, weight, query, wanted, bound, allScoreAlike).ScoreDocs;
        var leaves = searcher.IndexReader.Leaves;
        var paragraphs = new TermPresence(SentenceFields.ParagraphWords, terms);
        var contexts = new TermPresence(SentenceFields.Context, terms);
        var inParagraph = paragraphs.In(leaves, top.Select(d => d.Doc));
        var inContext = contexts.In(leaves, top.Select(d => d.Doc));
        var fields = new ShownFieldsVisitor();
        var sources = new SourceDocValues.Reader?[leaves.Count];
        for (var i = 0; i < top.Length; i++)
        {
            var scoreDoc = top[i];
            var leaf = ReaderUtil.SubIndex(scoreDoc.Doc, leaves);
            var source = (sources[leaf] ??= SourceDocValues.Of(leaves[leaf].AtomicReader))?.Get(scoreDoc.Doc - leaves[leaf].DocBase);
            searcher.Doc(scoreDoc.Doc, fields.Reset(source));
            var hit = fields.Hit(scoreDoc.Score);
            if (terms.Count > 0)
                hit = hit with { ParagraphTerms = inParagraph[scoreDoc.Doc], ContextTerms = inContext[scoreDoc.Doc] };
            yield return hit;
            if (i == top.Length - 1 && top.Length == wanted && wanted < count)
            {
                top = Top(searcher, weight, query, wanted = count, bound, allScoreAlike).ScoreDocs;
                inParagraph = paragraphs.In(leaves, top.Select(d => d.Doc));
                inContext = contexts.In(leaves, top.Select(d => d.Doc));
            }
        }
    }

    // Terms that earn a sentence a small ranking bonus, which few sentences may have: long
    // statements (which are statements too), then statements.
    private static readonly Term[] BonusTerms =
    [
        new(SentenceFields.Length, SentenceFields.LengthLong),
        new(SentenceFields.Length, SentenceFields.LengthStatement),
    ];

    // The hits ranked before any is read: enough for almost every reader (see Hits).
    private const int FirstHits = 10;

    private static TopDocs Top(IndexSearcher searcher, Weight weight, Query query, int count, double? bound, bool allScoreAlike)
    {
        if (bound is not null)
        {
            return query is BooleanQuery boolean
                ? TieredTopSearch.Search(searcher, weight, boolean, count, BonusTerms)
                : TopUntilBoundCollector.Search(searcher, weight, count, bound.Value);
        }
        return allScoreAlike ? FirstMatchesCollector.Search(searcher, weight, count) : searcher.Search(query, count);
    }

    /// <summary>Every hit of a query, up to <paramref name="count"/>, read at once.</summary>
    public IReadOnlyList<SentenceHit> Search(Query query, int count) => [.. Hits(query, count, [])];

    /// <summary>The sentence numbered <paramref name="sentenceNumber"/> in an article, or null.</summary>
    public SentenceHit? Get(string articleId, int sentenceNumber) =>
        // Only asked for on request ("show me the full paragraph"): the article's sentences are
        // read until it comes, rather than every sentence being indexed with an id term.
        ArticleSentences(articleId).FirstOrDefault(h => h.SentenceNumber == sentenceNumber);

    /// <summary>Where the sentence was published word for word in articles other than
    /// <paramref name="except"/>: the same sentence syndicated to other outlets. Nothing is read
    /// when there is none, the usual case.</summary>
    public IReadOnlyList<SentenceSource> Copies(string text, IReadOnlyCollection<string> except, int count)
    {
        var key = SentenceKey.Of(text);
        var bucket = new Term(SentenceFields.TextKey, key.Bucket);
        using var lease = Index.AcquireSearcher();
        var searcher = lease.Searcher;
        var copies = new List<SentenceSource>();
        // Every copy is as good as another: the bucket's postings (without deleted documents) are
        // read in order until enough carry the key, with no query to build or score (a template
        // sentence can have thousands).
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermPositionsEnum(bucket);
            if (postings is null)
                continue;
            var sources = SourceDocValues.Of(leaf.AtomicReader);
            int doc;
            while (copies.Count < count && (doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                postings.NextPosition();
                if (!key.Matches(postings.GetPayload()))
                    continue;
                var source = sources?.Get(doc) ?? SourceOf(searcher, leaf.DocBase + doc);
                if (!except.Contains(source.ArticleId))
                    copies.Add(source);
            }
        }
        return copies;
    }

    // A document indexed without source doc values, read from its stored fields.
    private static SentenceSource SourceOf(IndexSearcher searcher, int doc)
    {
        var fields = new ShownFieldsVisitor();
        searcher.Doc(doc, fields.Reset(source: null));
        return fields.Hit(0).Source;
    }

    /// <summary>A paragraph's text, from its sentences in order, or null when the article has no
    /// such paragraph in the index.</summary>
    public string? ParagraphText(string articleId, int paragraph)
    {
        // Only asked for on request ("show me the full paragraph"): reading the article's
        // sentences is cheaper than indexing every sentence's paragraph number.
        var sentences = ArticleSentences(articleId)
            .Where(h => h.Paragraph == paragraph)
            .OrderBy(h => h.SentenceNumber)
            .Select(h => h.Text)
            .ToList();
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    // The sentences of one article, read as the caller goes.
    private IEnumerable<SentenceHit> ArticleSentences(string articleId) =>
        Hits(new TermQuery(new Term(SentenceFields.Article, articleId)), MaxArticleSentences, []);

    // More sentences than any news article has.
    private const int MaxArticleSentences = 5000;

    /// <summary>How many sentences hold a term in a field (deleted ones included until merged).</summary>
    public int DocFreq(string field, string term) => Index.Search(searcher => searcher.IndexReader.DocFreq(new Term(field, term)));

    /// <summary>Inverse document frequencies of terms of a field (rare words weigh more), with
    /// one searcher.</summary>
    public IReadOnlyDictionary<string, double> Idf(string field, IEnumerable<string> terms) => Index.Search(searcher =>
        (IReadOnlyDictionary<string, double>)terms.Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, t => Idf(searcher.IndexReader, field, t), StringComparer.Ordinal));

    private static double Idf(IndexReader reader, string field, string term) =>
        Math.Log(1 + (reader.NumDocs + 1.0) / (reader.DocFreq(new Term(field, term)) + 1.0));
}
