using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace ChatBot.Search.Indexing;

/// <summary>Turns an analysed article into one Lucene document per sentence.</summary>
public static class SentenceDocuments
{
    /// <summary>Paragraphs before and after a sentence's own that count as its context: news
    /// often names the topic a paragraph or two before the quote about it.</summary>
    public const int ContextParagraphsBefore = 2;
    public const int ContextParagraphsAfter = 1;

    /// <summary>Short paragraphs ("Russian President Vladimir Putin was riled.") say less than
    /// two typical ones (about 30 words each in news), so the context reaches further back
    /// while the paragraphs before hold fewer words than this, up to
    /// <see cref="ContextParagraphsBeforeAtMost"/>.</summary>
    public const int ContextWordsBefore = 60;
    public const int ContextParagraphsBeforeAtMost = 4;

    /// <summary>A quote of at least this many words is a statement, not a fragment ("a “witch
    /// hunt”"); marked on the sentence (<see cref="SentenceFields.Length"/>) so ranking can
    /// prefer statements without reading the document.</summary>
    public const int StatementWords = 6;

    /// <summary>A quote of at least this many words (about two sentences) is marked long.</summary>
    public const int LongWords = 30;

    /// <summary>Context and paragraph words are only ever asked "does this sentence's
    /// surroundings hold the word?": no positions, frequencies or norms, which keeps the
    /// largest fields of the index small and quick to build.</summary>
    private static readonly FieldType PresenceFieldType = PreAnalysedFieldType(IndexOptions.DOCS_ONLY);

    /// <summary>The sentence's key (<see cref="SentenceKey"/>): one position, for its payload.</summary>
    private static readonly FieldType KeyFieldType = PreAnalysedFieldType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    // The analysis of the text field, used to analyse each paragraph once per article.
    private static readonly Analyzer TextAnalyzer = CoverageTextAnalyzer.Create();


    public static IEnumerable<Document> From(AnalyzedArticle analyzed) => From(analyzed, reuseFields: false);

    /// <summary>With <paramref name="reuseFields"/>, the exact-string, number and pre-analysed
    /// fields of each document are the previous document's instances refilled, the previous
    /// article's too on the same thread (see <see cref="ReusableFields.OfThisThread"/>): each
    /// document is then valid only until the next is requested, which is how
    /// IndexWriter.UpdateDocuments consumes them, and a thread enumerates one article at a time.</summary>
    internal static IEnumerable<Document> From(AnalyzedArticle analyzed, bool reuseFields)
    {
        var fields = reuseFields ? ReusableFields.OfThisThread : new ReusableFields(reuse: false);
        var article = analyzed.Article;
        var hash = ContentHash(article);
        var headline = article.Headline;
        var date = article.Source.Date is { } day ? IndexDate.Format(day) : null;
        var source = SourceDocValues.Article(article.Id, headline, article.Source.Outlet, date, article.Source.Url);
        var words = ParagraphWords.Of(article, TextAnalyzer, reuseFields);

        var first = true;
        foreach (var sentence in analyzed.Sentences)
        {
            var attributions = analyzed.AttributionsIn(sentence).ToList();

            var document = fields.NextDocument();
            document.Add(fields.String(SentenceFields.Article, article.Id, Field.Store.YES));
            // The words as analysing the paragraph gave them (see ParagraphWords.TokensIn).
            document.Add(words.TokensIn(sentence.Paragraph, sentence.Span) is { } tokens
                ? fields.Tokens(SentenceFields.Text, tokens, TextField.TYPE_NOT_STORED)
                : new TextField(SentenceFields.Text, sentence.Text, Field.Store.NO));
            document.Add(new StoredField(SentenceFields.Text, sentence.Text));
            document.Add(fields.Terms(SentenceFields.Context, words.ContextOf(sentence.Paragraph), PresenceFieldType));
            // Most sentences are a paragraph of their own, and have none.
            if (words.OutsideOf(sentence) is { Count: > 0 } neighbours)
                document.Add(fields.Terms(SentenceFields.ParagraphWords, neighbours, PresenceFieldType));
            document.Add(fields.StoredInt32(SentenceFields.Paragraph, sentence.Paragraph));
            document.Add(fields.StoredInt32(SentenceFields.SentenceNumber, sentence.Number));
            document.Add(fields.String(SentenceFields.Kind, KindOf(attributions), Field.Store.YES));
            document.Add(fields.Key(SentenceFields.TextKey, SentenceKey.Of(sentence.Text), KeyFieldType));
            // What is the same for every sentence of the article is stored with its first one
            // only, where the list of articles reads it (see IndexedArticles); a hit reads its
            // source from the doc values. A sixth of each document's stored bytes otherwise.
            var store = first ? Field.Store.YES : Field.Store.NO;
            if (first)
            {
                document.Add(new StoredField(SentenceFields.Headline, headline));
                document.Add(new StoredField(SentenceFields.ContentHash, hash));
                if (article.Source.Url is { } url)
                    document.Add(new StoredField(SentenceFields.Url, url));
            }
            if (article.Source.Outlet is { } outlet)
                document.Add(fields.String(SentenceFields.Outlet, outlet, store));
            if (date is not null)
                document.Add(fields.String(SentenceFields.Date, date, store));
            foreach (var field in SourceDocValues.Fields(source, sentence.Paragraph, sentence.Number))
                document.Add(field);

            var longest = 0;
            foreach (var attribution in attributions)
            {
                document.Add(QuoteTokens(article, attribution, words) is { } quoted
                    ? fields.Tokens(SentenceFields.Quote, quoted, TextField.TYPE_NOT_STORED)
                    : new TextField(SentenceFields.Quote, attribution.Quote, Field.Store.NO));
                longest = Math.Max(longest, WordCount(attribution.Quote));
                if (attribution.Speaker is { } speaker)
                    document.Add(fields.String(SentenceFields.SpeakerId, speaker.CanonicalName, Field.Store.YES));
            }
            if (longest >= StatementWords)
                document.Add(fields.String(SentenceFields.Length, SentenceFields.LengthStatement, Field.Store.NO));
            if (longest >= LongWords)
                document.Add(fields.String(SentenceFields.Length, SentenceFields.LengthLong, Field.Store.NO));
            if (attributions.Count > 0)
            {
                var stored = attributions.Select(a => new StoredAttribution(
                    a.Quote,
                    a.SpeakerName,
                    a.Source is { } source ? article.TextOf(source) : null,
                    a.Kind == AttributionKind.Direct ? SentenceFields.KindDirect : SentenceFields.KindReported,
                    a.Content.Start,
                    a.Paragraph)).ToList();
                document.Add(new StoredField(SentenceFields.Attributions, StoredAttribution.Serialize(stored)));
            }
            yield return document;
            first = false;
        }
    }

    /// <summary>A quote's words as analysing its paragraph gave them, when it stands in the text
    /// as written, inside the words it is attributed with; null for a quote that runs over two
    /// paragraphs (joined into one text) or has no paragraph, which is analysed on its own.
    /// Like a sentence's, its first word counts as one position; a name's initials stand where
    /// the paragraph's analysis put them, as in the sentence's text (one position after a name
    /// that an "and" follows).</summary>
    private static SpanTokens? QuoteTokens(Article article, Attribution attribution, ParagraphWords words)
    {
        var at = attribution.Content.In(article.Text).IndexOf(attribution.Quote, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var start = attribution.Content.Start + at;
        return words.TokensIn(attribution.Paragraph, new TextSpan(start, start + attribution.Quote.Length));
    }

    /// <summary>Words in a text, as ranking counts them (a fragment is under <see cref="StatementWords"/>).</summary>
    public static int WordCount(string text) => WordCount(text.AsSpan());

    /// <summary>The same count for a span of text: runs of characters between spaces, counted
    /// without splitting the text into strings (it is asked of every paragraph's neighbours).</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c != ' ' && !inWord)
                count++;
            inWord = c != ' ';
        }
        return count;
    }

    /// <summary>
    /// Identifies the code that reads articles and builds documents. A different build may find
    /// different quotes in the same text, so its documents must not be mistaken for current ones.
    /// </summary>
    private static readonly string PipelineBuild = string.Join(",",
        typeof(CoverageAnalyzer).Assembly.ManifestModule.ModuleVersionId,
        typeof(SentenceDocuments).Assembly.ManifestModule.ModuleVersionId);

    /// <summary>A fingerprint of everything that goes into the article's documents: the text, the
    /// metadata and the build of the pipeline that read them.</summary>
    public static string ContentHash(Article article)
    {
        // The parts one separator apart, hashed as one UTF-8 text without joining them into a
        // string first (every article of a batch is hashed).
        var source = article.Source;
        string?[] parts = [PipelineBuild, article.Text, source.Outlet, source.Url, source.Date?.ToString("O"), source.Author];
        var length = parts.Length - 1;
        foreach (var part in parts)
            length += Encoding.UTF8.GetByteCount(part ?? "");
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        var written = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
                bytes[written++] = PartSeparator;
            written += Encoding.UTF8.GetBytes(parts[i] ?? "", bytes.AsSpan(written));
        }
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes.AsSpan(0, written), hash);
        ArrayPool<byte>.Shared.Return(bytes);
        return Convert.ToHexString(hash[..16]);
    }

    // U+0001, which no article text holds, in UTF-8.
    private const byte PartSeparator = 0x01;

    // Indexed from a token stream of our own, not stored, without norms.
    private static FieldType PreAnalysedFieldType(IndexOptions options)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = options,
        };
        type.Freeze();
        return type;
    }

    private static string KindOf(IReadOnlyList<Attribution> attributions)
    {
        if (attributions.Any(a => a.Kind == AttributionKind.Direct))
            return SentenceFields.KindDirect;
        return attributions.Count > 0 ? SentenceFields.KindReported : SentenceFields.KindNarrative;
    }
}
