using System.Buffers.Binary;
using System.Text;
using ChatBot.Search.Retrieval;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ChatBot.Search.Indexing;

/// <summary>
/// A sentence's <see cref="SentenceSource"/> as doc values: the article's part (id, headline,
/// outlet, date, link) as one sorted value, which the index keeps once per article however
/// many sentences share it, and the sentence's place (paragraph and number) as another.
/// Listing the other outlets that carried a quote then reads a few bytes per copy, not a
/// copy's whole compressed stored document (about a fifth of answering a question when a quote ran in a dozen outlets).
/// </summary>
internal static class SourceDocValues
{
    // Not found in a headline, an outlet's name, a date or a link.
    private const char Separator = '\u001F';

    /// <summary>The article's part of its sentences' sources, shared by all of them.</summary>
    public static BytesRef Article(string articleId, string headline, string? outlet, string? date, string? url) =>
        new(Encoding.UTF8.GetBytes(string.Join(Separator, articleId, Clean(headline), Clean(outlet), date ?? "", Clean(url))));

    public static IEnumerable<Field> Fields(BytesRef article, int paragraph, int sentenceNumber)
    {
        // The place is a sorted value too, of 8 bytes: the few distinct places are kept once,
        // and Lucene.Net's numeric doc values writer measured its memory by reflection on every
        // document added (a fortieth of indexing).
        var place = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(place, paragraph);
        BinaryPrimitives.WriteInt32BigEndian(place.AsSpan(4), sentenceNumber);
        return [new SortedDocValuesField(SentenceFields.Source, article), new SortedDocValuesField(SentenceFields.Place, new BytesRef(place))];
    }

    /// <summary>A segment's readers of the sources, or null when its documents were written
    /// without them (by an older build, until they are indexed again).</summary>
    public static Reader? Of(AtomicReader segment) =>
        segment.GetSortedDocValues(SentenceFields.Source) is { } articles && segment.GetSortedDocValues(SentenceFields.Place) is { } places
            ? new Reader(articles, places)
            : null;

    public sealed class Reader(SortedDocValues articles, SortedDocValues places)
    {
        private readonly BytesRef _bytes = new();
        private readonly BytesRef _place = new();

        /// <summary>The source of a document of the segment (a segment-relative number).</summary>
        public SentenceSource Get(int doc)
        {
            articles.Get(doc, _bytes);
            var parts = _bytes.Utf8ToString().Split(Separator);
            places.Get(doc, _place);
            var place = _place.Bytes.AsSpan(_place.Offset, _place.Length);
            return new SentenceSource(
                parts[0],
                parts[1],
                NullIfEmpty(parts[2]),
                IndexDate.Parse(parts[3]),
                NullIfEmpty(parts[4]),
                BinaryPrimitives.ReadInt32BigEndian(place),
                BinaryPrimitives.ReadInt32BigEndian(place[4..]));
        }
    }

    private static string Clean(string? text) => text?.Replace(Separator, ' ') ?? "";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
