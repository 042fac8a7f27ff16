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
    public static string Serialize(IReadOnlyList<StoredAttribution> attributions) =>
        JsonSerializer.Serialize(attributions, StoredAttributionJson.Default.IReadOnlyListStoredAttribution);

    public static IReadOnlyList<StoredAttribution> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize(json, StoredAttributionJson.Default.IReadOnlyListStoredAttribution) ?? [];
}

[JsonSerializable(typeof(IReadOnlyList<StoredAttribution>))]
internal sealed partial class StoredAttributionJson : JsonSerializerContext;
