namespace ChatBot.Answering.Answers;

/// <summary>
/// What a result is worth: how much a topic word counts depending on where it stands relative
/// to the quote, what the words of "who said ..." are worth found as given, and the ranking
/// bonuses. The search (<see cref="StageQuery"/>) and the check of each result read
/// (<see cref="QuoteConfidence"/>) use the same values, so a sentence's Lucene score is the most
/// its quotes can be worth.
/// </summary>
internal static class RelevanceWeights
{
    // How much a topic word counts depending on where it stands relative to the quote.
    public const double InQuote = 1.0;
    public const double InSentence = 0.85;
    public const double InParagraph = 0.7;
    public const double InContext = 0.5;

    // The words asked about in "who said ...", found as given in the quote or its sentence; and
    // the most a result without them can be worth.
    public const double PhraseInQuote = 1.0;
    public const double PhraseInSentence = 0.9;
    public const double PhraseNearMiss = 0.85;

    // A topic word or two in the paragraphs around a quote (a headline naming the summit's
    // city, a "World Cup" mentioned in passing) do not make the quote about them; three
    // together do ("pulling out", "INF", "treaty" a few paragraphs before Putin's reaction to
    // "the developments"). Fewer are not even a near miss.
    public const int ContextWordsForAnAnswer = 3;
    public const double ContextOnlyAtMost = 0.3;

    // Only where or when the quote was said ("said at a summit in Helsinki, Finland"): the
    // quote is not about it, so this is below what a near miss needs.
    public const double InSetting = 0.25;

    // Ranking only: a direct quote is preferred to reported speech about as strongly as to a
    // result covering a tenth more of the topic.
    public const double DirectQuoteBonus = 0.1;

    // Ranking only, far below any difference in relevance: among equally relevant sentences,
    // whole statements before fragments, and long ones before short ones.
    public const float StatementBonus = 0.002f;
    public const float LongStatementBonus = 0.001f;
}
