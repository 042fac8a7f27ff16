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
    string? TopicText = null)
{
    public IReadOnlyList<string> Speakers { get; init; } = Speakers ?? [];

    public IReadOnlyList<string> TopicWords { get; init; } = TopicWords ?? [];

    /// <summary>A speaker was named but nobody of that name is quoted in the coverage.</summary>
    public bool SpeakerUnknown => SpeakerMention is not null && Speakers.Count == 0;
}
