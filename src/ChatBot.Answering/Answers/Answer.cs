using ChatBot.Answering.Questions;

namespace ChatBot.Answering.Answers;

/// <summary>
/// The reply to one question, independent of any chat channel: a lead sentence, up to a page of
/// results, whether more exist, and questions the user may want to ask next.
/// </summary>
public sealed record Answer(
    AnswerStatus Status,
    Question Question,
    string Lead,
    IReadOnlyList<AnswerItem> Items,
    bool HasMore,
    IReadOnlyList<string> Suggestions,
    string? Detail = null)
{
    public static Answer Message(AnswerStatus status, Question question, string lead, IReadOnlyList<string>? suggestions = null) =>
        new(status, question, lead, [], false, suggestions ?? []);
}
