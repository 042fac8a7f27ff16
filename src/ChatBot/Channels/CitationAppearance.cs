using Newtonsoft.Json;

namespace ChatBot.Channels;

/// <summary>The article a <see cref="CitationClaim"/> points at, as Teams shows it: a name of at
/// most 80 characters, an abstract of at most 160, and its link when known. Setters for the
/// adapter's serializer (see <see cref="CitationMessage"/>).</summary>
internal sealed class CitationAppearance
{
    [JsonProperty("@type")]
    public string SchemaType { get; set; } = "DigitalDocument";

    [JsonProperty("name")]
    public string Name { get; set; } = "";

    [JsonProperty("abstract")]
    public string Abstract { get; set; } = "";

    [JsonProperty("url", NullValueHandling = NullValueHandling.Ignore)]
    public string? Url { get; set; }
}
