namespace ChatBot.Answering.Answers;

/// <summary>
/// A speaker's quote that goes on from what they just said on the topic ("Waters said Helsinki
/// should be a tipping point ... ¶ “He is dangerous ...,” she said") is on the topic too, even
/// when its own words only say "he": a quote whose topic stands only in the surrounding
/// paragraphs keeps its full score when the same speaker is found on the topic just before it
/// in the same article.
/// </summary>
internal static class Continuations
{
    /// <summary>How far back the speaker's on-topic statement may stand: the sentence just
    /// before, or the one before that ("..., she said. “I'm hopeful ...”"). Further back, the
    /// story has often moved on.</summary>
    private const int SentencesBefore = 2;

    /// <param name="items">The distinct results found, scored.</param>
    /// <param name="held">Results scored down because their topic is only nearby, with the
    /// score they would otherwise have.</param>
    /// <param name="onTopic">The least score of a statement that is on the topic.</param>
    public static void Lift(List<AnswerItem> items, IReadOnlyList<(AnswerItem Item, double Score)> held, double onTopic)
    {
        foreach (var (candidate, score) in held)
        {
            // The result the candidate became (copies in other articles merge into one).
            var index = items.FindIndex(i => i.Key == candidate.Key && i.Speaker == candidate.Speaker);
            if (index < 0 || items[index].Confidence >= score)
                continue;
            var item = items[index];
            var source = candidate.Source;
            var continues = items.Any(other => other.Confidence >= onTopic
                && other.Speaker is not null
                && other.Speaker == item.Speaker
                && other.Source.ArticleId == source.ArticleId
                && other.Source.Sentence < source.Sentence
                && other.Source.Sentence >= source.Sentence - SentencesBefore);
            if (continues)
                items[index] = item with { Confidence = score };
        }
    }
}
