namespace ChatBot.Answering.Answers;

/// <summary>What kind of reply an answer is.</summary>
public enum AnswerStatus
{
    /// <summary>Results that answer the question.</summary>
    Found,

    /// <summary>Nothing in the coverage answers it; the message says so.</summary>
    NotFound,

    /// <summary>The index is still being built.</summary>
    NotReady,

    /// <summary>The help text.</summary>
    Help,

    /// <summary>Sources or a paragraph of an earlier answer.</summary>
    Detail,
}
