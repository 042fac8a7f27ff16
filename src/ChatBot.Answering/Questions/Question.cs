namespace ChatBot.Answering.Questions;

/// <summary>
/// A chat message understood: its kind, the speaker it names (as written and as resolved to
/// the canonical names in the coverage), the topic words, an exact phrase, and filters.
/// </summary>
public sealed record Question(
    QuestionKind Kind,
    string Text,
    string? SpeakerMention = null,
    IReadOnlyList<string>? Speakers = null,
    IReadOnlyList<string>? TopicWords = null,
    string? Phrase = null,
    string? Outlet = null,
    DateRange? Dates = null,
    bool FollowUp = false,
    string? TopicText = null,
    IReadOnlyList<string>? OutletNames = null,
    IReadOnlyList<string>? SettingWords = null)
{
    /// <summary>Every outlet name in the index that <see cref="Outlet"/> stands for ("CNN" is
    /// both "CNN (Web News)" and "CNN - Editorial").</summary>
    public IReadOnlyList<string> OutletNames { get; init; } = OutletNames ?? (Outlet is null ? [] : [Outlet]);

    public IReadOnlyList<string> Speakers { get; init; } = Speakers ?? [];

    public IReadOnlyList<string> TopicWords { get; init; } = TopicWords ?? [];

    /// <summary>The topic words that say where or when rather than what about ("after
    /// Helsinki", "in his speech in Johannesburg"): they may match where an article says where
    /// or when something was said, which the other topic words may not.</summary>
    public IReadOnlyList<string> SettingWords { get; init; } = SettingWords ?? [];

    /// <summary>A speaker was named but nobody of that name is quoted in the coverage.</summary>
    public bool SpeakerUnknown => SpeakerMention is not null && Speakers.Count == 0;
}
