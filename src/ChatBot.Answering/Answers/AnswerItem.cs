namespace ChatBot.Answering.Answers;

/// <summary>
/// One result: the quote (or sentence) in full, who said it, the sentence it stands in, and
/// every outlet that carried it. <see cref="Confidence"/> is how much of the question it covers
/// (0 to 1); <see cref="Key"/> identifies the words, so copies in several outlets are one item.
/// </summary>
public sealed record AnswerItem(
    string Key,
    AnswerItemKind Kind,
    string Quote,
    string? Speaker,
    string Sentence,
    IReadOnlyList<SourceReference> Sources,
    double Confidence)
{
    public SourceReference Source => Sources[0];
}
