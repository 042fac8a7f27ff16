namespace ChatBot.Benchmarks.Corpus;

/// <summary>One question of the fixed set, with what a plain full-text engine would be asked
/// for it (the speaker's name and the topic word).</summary>
public sealed record BenchQuestion(string Kind, string Text, string? Speaker, string? TopicWord)
{
    public const string SpeakerTopic = "speaker+topic";
    public const string WhoSaid = "who-said";
    public const string SpeakerOnly = "speaker-only";
    public const string General = "general";
}
