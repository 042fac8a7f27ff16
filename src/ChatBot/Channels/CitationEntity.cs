using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Channels;

/// <summary>
/// The schema.org <c>Message</c> entity with one <c>Claim</c> per cited source, the shape Teams
/// and Web Chat render as native citations: each Claim's <c>position</c> matches a "[n]" marker
/// in the text. Teams caps the document name at 80 characters and the abstract at 160, so longer
/// ones are shortened here (the full quote is always in the message text itself). No
/// "AIGeneratedContent" label: the quotes are the coverage's own words, not generated.
/// </summary>
internal static class CitationEntity
{
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    public static Entity? Create(IReadOnlyList<CitedSource> cited)
    {
        if (cited.Count == 0)
            return null;
        var claims = new JArray();
        foreach (var source in cited)
        {
            var appearance = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Shorten(source.Title, MaxNameLength),
                ["abstract"] = Shorten(source.Words, MaxAbstractLength),
            };
            if (source.Source.Url is { } url)
                appearance["url"] = url;
            claims.Add(new JObject
            {
                ["@type"] = "Claim",
                ["@id"] = ClaimId(source.Position),
                ["position"] = source.Position,
                ["appearance"] = appearance,
            });
        }
        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = "";
        entity.Properties["citation"] = claims;
        return entity;
    }

    /// <summary>A blank-node id, which Web Chat's Markdown link definitions can point at.</summary>
    public static string ClaimId(int position) => $"_:c{position}";

    /// <summary>Cuts at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Shorten(string text, int length)
    {
        text = text.Trim();
        if (text.Length <= length)
            return text;
        var cut = text[..(length - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > length / 2)
            cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }
}
