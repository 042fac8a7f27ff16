namespace ChatBot.Answering.Conversations;

/// <summary>A result shown to the user: enough to find its sentence again.</summary>
public sealed record ShownResult(string ArticleId, int Sentence, string Key);
