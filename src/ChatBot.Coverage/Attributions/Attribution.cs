using ChatBot.Coverage.Articles;
using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Who said what in one article: the content (quoted or reported words), the source mention as
/// written ("he", "the Kremlin", "Russian President Vladimir Putin"), the cue ("said",
/// "according to"), and the speaker that mention resolves to. Spans index the article's text.
/// <see cref="Paragraph"/> counts from 1 after the headline; 0 is the headline itself
/// ("Obama Says Museum Will Tell of ‘Suffering’"). <see cref="Speaker"/> is null for unnamed
/// sources ("officials said", with <see cref="Source"/> set) and wherever the speaker is not
/// certain enough to name.
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

    /// <summary>A quoted fragment inside a reported attribution ("called it a “witch hunt”"):
    /// the same statement as the reported one around it, so counts that want each statement once
    /// skip it.</summary>
    public bool IsPartial { get; init; }

    /// <summary>A quote with no cue of its own that continues the previous attribution's
    /// statement ("“A,” he said. “B.”"); it shares that one's source and cue.</summary>
    public bool Continues { get; init; }
}
