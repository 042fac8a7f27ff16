using System.Collections.Frozen;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// A stance held as a state: "Graham has been critical of Trump", "Clinton aides were coy about
/// whether ...", "Republicans weren't too concerned about this shift", "he is convinced that ...".
/// An adjective of opinion or feeling after a copula, with its "of", "about", "that" or "whether"
/// phrase as the content and the copula's subject as the source.
/// </summary>
internal static class StanceAdjectives
{
    /// <summary>Adjectives of opinion and feeling.</summary>
    private static readonly FrozenSet<string> Adjectives = new[]
    {
        "critical", "skeptical", "sceptical", "wary", "concerned", "worried", "confident", "convinced",
        "certain", "sure", "aware", "optimistic", "pessimistic", "hopeful", "fearful", "afraid", "supportive",
        "proud", "angry", "furious", "upset", "frustrated", "disappointed", "opposed", "coy", "adamant",
        "unsure", "doubtful", "pleased", "unhappy", "incensed", "passionate", "insistent", "dismissive",
        "enthusiastic", "ambivalent", "uncomfortable", "comfortable", "nervous", "anxious", "silent", "vocal",
        "outspoken", "suspicious", "contemptuous", "appreciative", "grateful", "sympathetic", "hostile",
        "open",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What the stance is about: "critical of", "worried that", "unsure whether". Adjectives
    /// of intent with "to" ("keen to do so", "willing to go forward") are left out: what follows is
    /// a plan, often a pro-form, and the bot would quote it as the holder's words.</summary>
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "about", "that", "with", "toward", "towards", "on", "over", "whether", "if",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static AttributionDraft? At(ArticleDocument doc, int adjective, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!Adjectives.Contains(tokens[adjective].Text) || adjective + 2 >= end)
            return null;
        var prep = tokens[adjective + 1];
        if (!prep.IsWord || prep.InQuote || !Prepositions.Contains(prep.Text))
            return null;
        // A copula before it, past adverbs and degree words: "has been so vague about", "weren't too concerned".
        var k = adjective - 1;
        var copula = false;
        while (k >= first && tokens[k].IsWord && !tokens[k].InQuote && adjective - k <= 4)
        {
            var w = tokens[k].Text;
            if (w is "is" or "was" or "were" or "are" or "been" or "be" or "being" or "remains" or "remained" or "seemed" or "seems" or "appeared" or "appears" or "became" or "grew" or "felt" or "feels"
                || w.StartsWith("isn", StringComparison.Ordinal) || w.StartsWith("wasn", StringComparison.Ordinal) || w.StartsWith("weren", StringComparison.Ordinal) || w.StartsWith("aren", StringComparison.Ordinal)
                || w is "’s" or "'s" or "’re" or "'re")
                copula = true;
            else if (!WordSets.IsAdverb(w) && !WordSets.Auxiliaries.Contains(w) && w is not ("too" or "so" or "very" or "more" or "most" or "less" or "quite" or "not" or "as" or "deeply" or "increasingly"))
                break;
            k--;
        }
        if (!copula || k + 1 >= adjective)
            return null;
        var source = SourceFinder.Before(doc, k + 1, first);
        if (source is null)
            return null;
        var from = adjective + 2;
        var clausal = prep.Text == "that";
        var last = from;
        for (var j = from; j < end; j++)
        {
            if (!tokens[j].InQuote && j > from && ReportedContent.EndsContent(doc, j, end, clausal))
                break;
            last = j;
        }
        if (ReportedContent.OnlyQuotation(doc, from, last))
            return null;
        return ReportedSpeechFinder.Draft(doc, from, last, source, adjective);
    }
}
