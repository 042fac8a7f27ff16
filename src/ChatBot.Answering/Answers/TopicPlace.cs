namespace ChatBot.Answering.Answers;

/// <summary>Where a topic word stands relative to a quote, from most to least telling.</summary>
internal enum TopicPlace
{
    Quote,
    Sentence,
    Paragraph,

    /// <summary>Only where or when the words were said ("said at a summit in Helsinki").</summary>
    Setting,

    Context,
    Nowhere,
}
