using Microsoft.Bot.Schema;

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

    public static Entity? Create(IReadOnlyList<CitedSource> cited) => cited.Count == 0
        ? null
        : new CitationMessage
        {
            Citation = [.. cited.Select(source => new CitationClaim
            {
                Id = ClaimId(source.Position),
                Position = source.Position,
                Appearance = new CitationAppearance
                {
                    Name = Shorten(source.Title, MaxNameLength),
                    Abstract = Shorten(source.Words, MaxAbstractLength),
                    Url = source.Source.Url,
                },
            })],
        };

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
