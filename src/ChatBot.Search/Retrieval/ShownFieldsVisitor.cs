using ChatBot.Search.Indexing;
using Lucene.Net.Index;

namespace ChatBot.Search.Retrieval;

/// <summary>
/// Reads the stored fields a hit shows straight into a <see cref="SentenceHit"/>, and stops at
/// the last of them: a sentence's stored document also holds what only indexing needs (its id,
/// content hash, origin, fingerprint), and a Lucene <c>Document</c> of field objects is an
/// allocation per field on every hit read. One visitor serves one enumeration of hits.
/// </summary>
internal sealed class ShownFieldsVisitor : StoredFieldVisitor
{
    private static readonly HashSet<string> Shown =
    [
        SentenceFields.Article, SentenceFields.SentenceNumber, SentenceFields.Paragraph, SentenceFields.Text,
        SentenceFields.Kind, SentenceFields.Attributions,
    ];

    // Where the sentence was published: read from the doc values, or from the stored fields of
    // a document indexed without them (by an older build; see SourceDocValues).
    private static readonly HashSet<string> ShownSource =
        [SentenceFields.Headline, SentenceFields.Outlet, SentenceFields.Date, SentenceFields.Url];

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private SentenceSource? _source;
    private byte[]? _attributions;
    private int _sentenceNumber;
    private int _paragraph;
    private int _remaining;

    /// <summary>Ready for the next document, whose source is known already, or null to read
    /// it from the stored fields.</summary>
    public ShownFieldsVisitor Reset(SentenceSource? source)
    {
        _strings.Clear();
        _attributions = null;
        _source = source;
        _sentenceNumber = _paragraph = 0;
        _remaining = Shown.Count + (source is null ? ShownSource.Count : 0);
        return this;
    }

    public override Status NeedsField(FieldInfo fieldInfo) =>
        _remaining == 0 ? Status.STOP
        : Shown.Contains(fieldInfo.Name) || (_source is null && ShownSource.Contains(fieldInfo.Name)) ? Status.YES
        : Status.NO;

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        _strings[fieldInfo.Name] = value;
        _remaining--;
    }

    public override void BinaryField(FieldInfo fieldInfo, byte[] value)
    {
        _attributions = value;
        _remaining--;
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == SentenceFields.SentenceNumber)
            _sentenceNumber = value;
        else
            _paragraph = value;
        _remaining--;
    }

    /// <summary>The hit read since the last <see cref="Reset"/>.</summary>
    public SentenceHit Hit(float score) => new(
        String(SentenceFields.Article) ?? "",
        _sentenceNumber,
        _paragraph,
        String(SentenceFields.Text) ?? "",
        _source?.Headline ?? String(SentenceFields.Headline) ?? "",
        _source is null ? String(SentenceFields.Outlet) : _source.Outlet,
        _source is null ? IndexDate.Parse(String(SentenceFields.Date)) : _source.Date,
        _source is null ? String(SentenceFields.Url) : _source.Url,
        String(SentenceFields.Kind) ?? SentenceFields.KindNarrative,
        new StoredAttributions(_attributions, String(SentenceFields.Attributions)),
        score);

    private string? String(string field) => _strings.GetValueOrDefault(field);
}
