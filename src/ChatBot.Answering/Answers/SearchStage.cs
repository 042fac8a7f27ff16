namespace ChatBot.Answering.Answers;

/// <summary>Which sentences a search reads (see <see cref="QuoteFinder"/> for the order they
/// are tried in).</summary>
internal enum SearchStage
{
    /// <summary>Every sentence passing the filters.</summary>
    All,

    /// <summary>Sentences with a direct quote and a long attribution.</summary>
    LongDirect,

    /// <summary>Sentences with a direct quote and an attribution of a statement's length.</summary>
    DirectStatement,

    /// <summary>Sentences holding every word of the topic, or the phrase asked about.</summary>
    Whole,

    /// <summary>Sentences holding a word of the topic.</summary>
    Sentence,

    /// <summary>Sentences not holding a word of the topic whose paragraph or context does.</summary>
    Surroundings,
}
