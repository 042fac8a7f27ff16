namespace ChatBot.Answering.Answers;

/// <summary>Words in quotation marks, reported speech, or a plain sentence of the story.</summary>
public enum AnswerItemKind
{
    Direct,
    Reported,
    Narrative,
}
