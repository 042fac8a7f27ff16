using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.Channels;

/// <summary>
/// The schema.org <c>Message</c> entity (see <see cref="CitationEntity"/>) as a typed object,
/// written straight by the adapter's serializer: building it as a tree of JObjects and writing
/// that tree again cost about a tenth of a cached answer's turn. Its properties have setters
/// because the adapter's serializer settings (Microsoft.Rest's ReadOnlyJsonContractResolver)
/// leave read-only properties out.
/// </summary>
internal sealed class CitationMessage : Entity
{
    public CitationMessage()
        : base("https://schema.org/Message")
    {
    }

    [JsonProperty("@type")]
    public string SchemaType { get; set; } = "Message";

    [JsonProperty("@context")]
    public string Context { get; set; } = "https://schema.org";

    [JsonProperty("@id")]
    public string Id { get; set; } = "";

    [JsonProperty("citation")]
    public IReadOnlyList<CitationClaim> Citation { get; set; } = [];
}
