using ChatBot.Answering.Questions;
using ChatBot.Search.Retrieval;
using static ChatBot.Answering.Answers.RelevanceWeights;

namespace ChatBot.Answering.Answers;

/// <summary>
/// How much of a question one quote answers, checked on a sentence that was read: each topic
/// word counts where it stands (quote, sentence, paragraph, context, or only a setting), times
/// its share of the topic; the words of "who said ..." count in full found as given.
/// </summary>
internal static class QuoteConfidence
{
    public static double Of(Question question, TopicTerms topic, string? phraseKey, string quote, AnswerItemKind kind, SentenceHit hit,
        Lucene.Net.Analysis.Analyzer analyzer, Lazy<HashSet<string>> sentenceTerms, out double uncapped)
    {
        uncapped = 0;
        if (phraseKey is not null && phraseKey.Length > 0)
        {
            if (TextNormalizer.Key(quote).Contains(phraseKey, StringComparison.Ordinal))
                return PhraseInQuote;
            if (TextNormalizer.Key(hit.Text).Contains(phraseKey, StringComparison.Ordinal))
                return PhraseInSentence;
        }
        if (topic.IsEmpty)
            return question.Kind == QuestionKind.SpeakerAnything ? 1.0 : 0.0;

        var quoteTerms = TopicTerms.Analyze(analyzer, quote);
        // What a statement is about, unlike where it was made, must stand outside its setting.
        var settingAware = kind != AnswerItemKind.Narrative && topic.HasSubject ? new SettingAwareTerms(analyzer, quote, kind, hit, sentenceTerms) : null;
        var covered = 0.0;
        var nearby = 0;
        var closer = false;
        var inQuote = false;
        foreach (var group in topic.Groups)
        {
            var place = settingAware is not null && !group.Setting ? settingAware.PlaceOf(group, hit.ContextTerms)
                : group.Terms.Overlaps(quoteTerms) ? TopicPlace.Quote
                : group.Terms.Overlaps(sentenceTerms.Value) ? TopicPlace.Sentence
                : group.Terms.Overlaps(hit.ParagraphTerms) ? TopicPlace.Paragraph
                : group.Terms.Overlaps(hit.ContextTerms) ? TopicPlace.Context
                : TopicPlace.Nowhere;
            // Words asked about in "who said ..." are looked for in the sentence only: its
            // surroundings cannot make it the one that said them.
            if (phraseKey is not null && place > TopicPlace.Sentence)
                place = TopicPlace.Nowhere;
            covered += group.Share * Weight(place);
            closer |= place <= TopicPlace.Paragraph;
            inQuote |= place == TopicPlace.Quote;
            nearby += place == TopicPlace.Context ? 1 : 0;
        }
        var coverage = covered;
        // Short of an answer, a quote is "the closest" only if its own words touch the topic:
        // Merkel's "very intense" about the NATO summit is not close to the Helsinki summit.
        if (!inQuote && coverage < AnswerService.TopicThreshold)
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        if (!closer && nearby < ContextWordsForAnAnswer)
        {
            uncapped = phraseKey is not null ? Math.Min(coverage, PhraseNearMiss) : coverage;
            coverage = Math.Min(coverage, ContextOnlyAtMost);
        }
        // Given words that are not found verbatim can at best be a near miss.
        return phraseKey is not null ? Math.Min(coverage, PhraseNearMiss) : coverage;
    }

    private static double Weight(TopicPlace place) => place switch
    {
        TopicPlace.Quote => InQuote,
        TopicPlace.Sentence => InSentence,
        TopicPlace.Paragraph => InParagraph,
        TopicPlace.Context => InContext,
        TopicPlace.Setting => InSetting,
        _ => 0,
    };
}
