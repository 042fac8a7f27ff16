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
        SentenceFields.Headline, SentenceFields.Outlet, SentenceFields.Date, SentenceFields.Url,
        SentenceFields.Kind, SentenceFields.Attributions,
    ];

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private int _sentenceNumber;
    private int _paragraph;
    private int _remaining;

    /// <summary>Ready for the next document.</summary>
    public ShownFieldsVisitor Reset()
    {
        _strings.Clear();
        _sentenceNumber = _paragraph = 0;
        _remaining = Shown.Count;
        return this;
    }

    public override Status NeedsField(FieldInfo fieldInfo) =>
        _remaining == 0 ? Status.STOP
        : Shown.Contains(fieldInfo.Name) ? Status.YES
        : Status.NO;

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        _strings[fieldInfo.Name] = value;
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
        String(SentenceFields.Headline) ?? "",
        String(SentenceFields.Outlet),
        IndexDate.Parse(String(SentenceFields.Date)),
        String(SentenceFields.Url),
        String(SentenceFields.Kind) ?? SentenceFields.KindNarrative,
        new StoredAttributions(String(SentenceFields.Attributions)),
        score);

    private string? String(string field) => _strings.GetValueOrDefault(field);
}
