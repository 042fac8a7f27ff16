using System.Collections.Frozen;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// A report named by its noun with no holder: "Trump has faced questions about business
/// practices", "claims of sexual abuse", "growing concerns that they are too dependent". The
/// noun's "of", "about", "over" phrase or "that" clause is content no one in the sentence is
/// named as saying.
/// </summary>
internal static class StanceNouns
{
    /// <summary>Nouns of saying, doubting, discussing and judging.</summary>
    private static readonly FrozenSet<string> Nouns = new[]
    {
        "questions", "allegations", "accusations", "claims", "criticism", "concerns", "complaints", "doubts",
        "fears", "reports", "warnings", "speculation", "suspicions", "rumors", "calls", "demands",
        "assurances", "denials", "condemnation", "outrage", "skepticism", "praise", "debate", "discussion",
        "disagreement", "disagreements", "recognition", "assessment", "answer", "consensus", "perception",
        "impression", "notion", "expectations", "predictions",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"questions about", "claims of", "criticism over", "concerns that", "calls for".</summary>
    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "of", "about", "over", "that", "for",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static AttributionDraft? At(ArticleDocument doc, int noun, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!Nouns.Contains(tokens[noun].Text) || noun + 2 >= end)
            return null;
        var prep = tokens[noun + 1];
        if (!prep.IsWord || prep.InQuote || !Prepositions.Contains(prep.Text) || (prep.Text == "for" && tokens[noun].Text is not ("calls" or "demands" or "criticism" or "praise")))
            return null;
        // A holder before it is the possessive rule's ("his claims that").
        if (noun - 1 >= first && tokens[noun - 1].IsWord && (tokens[noun - 1].IsPossessive || tokens[noun - 1].Text is "his" or "her" or "their" or "its" or "my" or "our" or "your"))
            return null;
        // "Bloomberg reports that", "he questions whether": after a name or a pronoun it is a verb.
        if (noun - 1 >= first && tokens[noun - 1].IsWord && !tokens[noun - 1].InQuote
            && ((tokens[noun - 1].IsCapitalized && !WordSets.Determiners.Contains(tokens[noun - 1].Text)) || WordSets.Pronouns.Contains(tokens[noun - 1].Text)))
            return null;
        var next = tokens[noun + 2];
        if (!next.IsWord || WordSets.TimeWords.Contains(next.Text))
            return null;
        // "questions that have swirled around": a relative clause, not what the questions say.
        if (prep.Text == "that" && (WordSets.Auxiliaries.Contains(next.Text) || (next.IsLower && (next.Text.EndsWith("ed", StringComparison.Ordinal) || next.Text.EndsWith('s')) && !WordSets.Pronouns.Contains(next.Text))))
            return null;
        var from = prep.Text == "that" ? noun + 1 : noun + 2;
        var clausal = prep.Text == "that";
        var last = from;
        for (var j = from; j < end; j++)
        {
            if (!tokens[j].InQuote && j > from && (ReportedContent.EndsContent(doc, j, end, clausal) || (!clausal && tokens[j].Is(","))))
                break;
            last = j;
        }
        if (ReportedContent.OnlyQuotation(doc, from, last))
            return null;
        return ReportedSpeechFinder.DraftWithoutSource(doc, from, last, noun);
    }
}
