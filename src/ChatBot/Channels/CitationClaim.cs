using Newtonsoft.Json;

namespace ChatBot.Channels;

/// <summary>One cited source of a <see cref="CitationMessage"/>: its <c>position</c> matches a
/// "[n]" marker in the message text. Setters for the adapter's serializer (see there).</summary>
internal sealed class CitationClaim
{
    [JsonProperty("@type")]
    public string SchemaType { get; set; } = "Claim";

    [JsonProperty("@id")]
    public string Id { get; set; } = "";

    [JsonProperty("position")]
    public int Position { get; set; }

    [JsonProperty("appearance")]
    public CitationAppearance Appearance { get; set; } = new();
}
