using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using Lucene.Net.Documents;

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

    /// <summary>The context field keeps term vectors, so ranking reads its terms per candidate
    /// without storing or re-analysing the text.</summary>
    private static readonly FieldType ContextFieldType = CreateContextFieldType();

    /// <summary>What the index analyses the context field with (thread-safe: Lucene keeps one
    /// analysis chain per thread). Each paragraph is analysed once per article and its terms
    /// replayed into the context of every sentence whose window holds it.</summary>
    private static readonly Lucene.Net.Analysis.Analyzer ContextAnalyzer = CoverageTextAnalyzer.Create();

    public static IEnumerable<Document> From(AnalyzedArticle analyzed) => From(analyzed, reuseFields: false);

    /// <summary>With <paramref name="reuseFields"/>, the exact-string and number fields of each
    /// document are the previous document's instances refilled (see <see cref="ReusableFields"/>):
    /// each document is then valid only until the next is requested, which is how
    /// IndexWriter.UpdateDocuments consumes them.</summary>
    internal static IEnumerable<Document> From(AnalyzedArticle analyzed, bool reuseFields)
    {
        var fields = new ReusableFields(reuseFields);
        var article = analyzed.Article;
        var hash = ContentHash(article);
        var headline = article.Headline;
        var date = article.Source.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Sentences of one paragraph share their context: it is built once per paragraph, from
        // paragraphs analysed once each.
        var contextTerms = new ContextTerms(article);
        var contexts = new Dictionary<int, IReadOnlyList<string[]>>();
        var reusedStream = reuseFields ? new TermListStream() : null;
        foreach (var sentence in analyzed.Sentences)
        {
            var attributions = analyzed.AttributionsIn(sentence).ToList();
            var paragraph = article.Paragraphs.FirstOrDefault(p => p.Number == sentence.Paragraph);
            var paragraphText = paragraph is null ? sentence.Text : article.TextOf(paragraph.Span);
            if (!contexts.TryGetValue(sentence.Paragraph, out var context))
                contexts[sentence.Paragraph] = context = contextTerms.Of(sentence.Paragraph);

            fields.NextDocument();
            var document = new Document
            {
                fields.String(SentenceFields.Id, $"{article.Id}#{sentence.Number}", Field.Store.YES),
                fields.String(SentenceFields.Article, article.Id, Field.Store.YES),
                new TextField(SentenceFields.Text, sentence.Text, Field.Store.YES),
                new Field(SentenceFields.Context, (reusedStream ?? new TermListStream()).Of(context), ContextFieldType),
                new TextField(SentenceFields.Headline, headline, Field.Store.YES),
                new StoredField(SentenceFields.ParagraphText, paragraphText),
                fields.Int32(SentenceFields.Paragraph, sentence.Paragraph),
                fields.Int32(SentenceFields.SentenceNumber, sentence.Number),
                fields.String(SentenceFields.Kind, KindOf(attributions), Field.Store.YES),
                new StoredField(SentenceFields.ContentHash, hash),
            };
            if (article.Source.Outlet is { } outlet)
                document.Add(fields.String(SentenceFields.Outlet, outlet, Field.Store.YES));
            if (date is not null)
                document.Add(fields.String(SentenceFields.Date, date, Field.Store.YES));
            if (article.Source.Url is { } url)
                document.Add(new StoredField(SentenceFields.Url, url));

            foreach (var attribution in attributions)
            {
                document.Add(new TextField(SentenceFields.Quote, attribution.Quote, Field.Store.NO));
                if (attribution.Speaker is { } speaker)
                {
                    document.Add(fields.String(SentenceFields.SpeakerId, speaker.CanonicalName, Field.Store.YES));
                    document.Add(new TextField(SentenceFields.Speaker, string.Join(" | ", speaker.Aliases.Prepend(speaker.CanonicalName)), Field.Store.NO));
                }
            }
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
        }
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
        var source = article.Source;
        var text = string.Join("\u0001", PipelineBuild, article.Text, source.Outlet, source.Url, source.Date?.ToString("O"), source.Author);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>The analysed terms of the headline and of the paragraphs around a paragraph:
    /// <see cref="ContextParagraphsAfter"/> after it and at least
    /// <see cref="ContextParagraphsBefore"/> before it, more while those hold fewer than
    /// <see cref="ContextWordsBefore"/> words. Each paragraph is analysed at most once.</summary>
    private sealed class ContextTerms(Article article)
    {
        private readonly IReadOnlyList<Paragraph> _paragraphs = article.Paragraphs;
        private readonly string[]?[] _terms = new string[article.Paragraphs.Count][];
        private string[]? _headline;

        public IReadOnlyList<string[]> Of(int paragraph)
        {
            _headline ??= Analyze(article.Headline);
            var at = -1;
            for (var i = 0; i < _paragraphs.Count && at < 0; i++)
            {
                if (_paragraphs[i].Number == paragraph)
                    at = i;
            }
            if (at < 0)
                return [_headline];

            var first = at;
            var wordsBefore = 0;
            while (first > 0 && at - first < ContextParagraphsBeforeAtMost
                && (at - first < ContextParagraphsBefore || wordsBefore < ContextWordsBefore))
            {
                first--;
                wordsBefore += WordCount(article.TextOf(_paragraphs[first].Span));
            }
            var last = Math.Min(_paragraphs.Count - 1, at + ContextParagraphsAfter);

            var parts = new List<string[]>(last - first + 2) { _headline };
            for (var i = first; i <= last; i++)
                parts.Add(_terms[i] ??= Analyze(article.TextOf(_paragraphs[i].Span)));
            return parts;
        }

        private static string[] Analyze(string text) =>
            [.. Retrieval.AnalyzedTerms.Of(ContextAnalyzer, SentenceFields.Context, text)];
    }

    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
                words++;
            inWord = !isSpace;
        }
        return words;
    }

    private static FieldType CreateContextFieldType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true };
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
