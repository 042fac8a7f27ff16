using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Search.Indexing;

/// <summary>
/// An attribution as stored on a sentence document: the full quote (which may run over several
/// sentences), the speaker, how the source was named, and where the quote starts, so the same
/// quote reached through two of its sentences is recognised as one.
/// </summary>
public sealed record StoredAttribution(
    [property: JsonPropertyName("q")] string Quote,
    [property: JsonPropertyName("s")] string? Speaker,
    [property: JsonPropertyName("m")] string? SourceMention,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("o")] int ContentStart,
    [property: JsonPropertyName("p")] int Paragraph)
{
    /// <summary>The attributions as UTF-8 JSON, stored as bytes: the stored-fields writer then
    /// copies them as they are, instead of encoding a string of twice the size.</summary>
    public static byte[] Serialize(IReadOnlyList<StoredAttribution> attributions) =>
        JsonSerializer.SerializeToUtf8Bytes(attributions, StoredAttributionJson.Default.IReadOnlyListStoredAttribution);

    public static IReadOnlyList<StoredAttribution> Deserialize(ReadOnlySpan<byte> json) =>
        json.IsEmpty ? [] : JsonSerializer.Deserialize(json, StoredAttributionJson.Default.IReadOnlyListStoredAttribution) ?? [];

    /// <summary>The same from a document stored as a string, by builds before the bytes.</summary>
    public static IReadOnlyList<StoredAttribution> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoredAttributionJson.Default.IReadOnlyListStoredAttribution) ?? [];

    /// <summary>The attributions stored with a document, in either form.</summary>
    public static IReadOnlyList<StoredAttribution> Of(Lucene.Net.Documents.Document document) =>
        document.GetBinaryValue(SentenceFields.Attributions) is { } bytes
            ? Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            : Deserialize(document.Get(SentenceFields.Attributions));
}

[JsonSerializable(typeof(IReadOnlyList<StoredAttribution>))]
internal sealed partial class StoredAttributionJson : JsonSerializerContext;
