using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// An attribution while the rules build it: content and cue found, source phrase (if any) not yet
/// resolved to a speaker. A draft without its own source can take the source of another
/// (<see cref="SourceFrom"/>): the first half of a split quote, or the reported speech a
/// partial quote sits in.
/// </summary>
internal sealed class AttributionDraft
{
    public required AttributionKind Kind { get; init; }

    public required TextSpan Content { get; init; }

    /// <summary>The words as they stand: inside the marks for direct quotes.</summary>
    public required TextSpan QuoteSpan { get; init; }

    public SourcePhrase? Source { get; set; }

    public TextSpan? Cue { get; set; }

    public AttributionDraft? SourceFrom { get; set; }

    /// <summary>A quoted fragment inside reported speech ("called it a “witch hunt”").</summary>
    public bool IsPartial { get; init; }

    /// <summary>A quote continuing the previous one from the same speaker with no cue of its own.</summary>
    public bool Continues { get; set; }

    /// <summary>The name to resolve instead of the source's words ("Pence" for a "PENCE:" label).</summary>
    public IReadOnlyList<string>? NameWords { get; init; }

    public string? SpeakerName { get; set; }

    public bool SpeakerIsOrganisation { get; set; }
}
