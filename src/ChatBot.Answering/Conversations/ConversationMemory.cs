using ChatBot.Answering.Questions;

namespace ChatBot.Answering.Conversations;

/// <summary>
/// What a conversation remembers between turns, so follow-ups work: the last question (for
/// "and Putin?", "more"), how many of its results were shown, and which results those were
/// (for "where was that published?", "show me the full paragraph", "what else did he say?").
/// Small and bounded: it is stored per conversation by the host.
/// </summary>
public sealed class ConversationMemory
{
    /// <summary>How many shown results are remembered, so "what else" never repeats them.</summary>
    public const int MaxShownKeys = 60;

    public Question? LastQuestion { get; set; }

    public int Shown { get; set; }

    public List<string> ShownKeys { get; set; } = [];

    public List<ShownResult> LastResults { get; set; } = [];

    /// <summary>A copy that shares nothing changeable with this one: the lists are copied, and
    /// the question and results in them are immutable records.</summary>
    public ConversationMemory Copy() => new()
    {
        LastQuestion = LastQuestion,
        Shown = Shown,
        ShownKeys = [.. ShownKeys],
        LastResults = [.. LastResults],
    };

    internal void Remember(Question question, int shown, IReadOnlyList<Answers.AnswerItem> page, bool sameQuestion)
    {
        if (!sameQuestion)
            ShownKeys.Clear();
        LastQuestion = question;
        Shown = shown;
        ShownKeys.AddRange(page.Select(i => i.Key));
        if (ShownKeys.Count > MaxShownKeys)
            ShownKeys.RemoveRange(0, ShownKeys.Count - MaxShownKeys);
        if (page.Count > 0)
            LastResults = page.Select(i => new ShownResult(i.Source.ArticleId, i.Source.Sentence, i.Key)).ToList();
    }
}
