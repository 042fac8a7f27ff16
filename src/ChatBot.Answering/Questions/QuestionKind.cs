namespace ChatBot.Answering.Questions;

/// <summary>What the user is asking for.</summary>
public enum QuestionKind
{
    /// <summary>An empty message or only punctuation.</summary>
    Empty,

    /// <summary>"help", "hi", "what can you do".</summary>
    Help,

    /// <summary>"what did X say about Y?", "did X deny Y?", "X on Y".</summary>
    SpeakerOnTopic,

    /// <summary>"what did X say?": everything X is quoted saying.</summary>
    SpeakerAnything,

    /// <summary>"who said '...'?": find the speaker of given words.</summary>
    WhoSaid,

    /// <summary>A question about the events, answered from any sentence.</summary>
    General,

    /// <summary>"more", "what else did he say?": the next results of the last question.</summary>
    More,

    /// <summary>"where was that published?": the sources of the last answer.</summary>
    Sources,

    /// <summary>"show me the full paragraph": the paragraph around the last answer.</summary>
    Paragraph,
}
