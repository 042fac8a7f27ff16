using ChatBot.Coverage.Articles;
using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Who said what in one article: the content (quoted or reported words), the source mention as
/// written ("he", "the Kremlin", "Russian President Vladimir Putin"), the cue ("said",
/// "according to"), and the speaker that mention resolves to. Spans index the article's text.
/// </summary>
public sealed record Attribution(
    AttributionKind Kind,
    TextSpan Content,
    string Quote,
    TextSpan? Source,
    TextSpan? Cue,
    Speaker? Speaker,
    int Paragraph)
{
    /// <summary>The speaker's canonical name, or null when the source is unnamed or unresolved.</summary>
    public string? SpeakerName => Speaker?.CanonicalName;
}
