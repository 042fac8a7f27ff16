using System.Collections.Frozen;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Reports with no one named: "Mr. Quiros was accused of using $50 million", "North Korea is not
/// thought to be capable of ...", "peacekeepers have been blamed for introducing cholera". A
/// verb of saying or judging in the passive, with no "by" agent, attributes its subject and
/// complement to an unnamed source.
/// </summary>
internal static class PassiveCues
{
    /// <summary>Past participles of verbs of saying, thinking and judging ("charged", "called" and
    /// "seen" are left out: mostly the law, a summons and sight).</summary>
    private static readonly FrozenSet<string> Participles = new[]
    {
        "accused", "blamed", "criticized", "criticised", "expected", "considered", "thought", "believed",
        "reported", "described", "rated", "viewed", "regarded", "alleged", "rumored", "mentioned", "defined",
        "debated", "deemed", "suspected", "estimated", "projected", "predicted", "asked", "said", "known",
        "labeled", "praised", "credited", "questioned", "dubbed", "nominated", "confirmed", "proposed",
        "rejected", "approved", "recommended", "condemned", "endorsed", "quoted", "cited", "denied", "announced",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static AttributionDraft? Agentless(ArticleDocument doc, int cue, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!Participles.Contains(tokens[cue].Text) || doc.IsWordAt(cue + 1, "by"))
            return null;
        // Back over "have sometimes been", "is not", "could be" to the subject's end.
        var k = cue - 1;
        var passive = false;
        while (k >= first && tokens[k].IsWord && !tokens[k].InQuote && cue - k <= 4)
        {
            var w = tokens[k].Text;
            if (w is "is" or "was" or "were" or "are" or "been" or "be" or "being")
                passive = true;
            else if (!WordSets.IsAdverb(w) && !WordSets.Auxiliaries.Contains(w) && w is not ("to" or "not" or "n't"))
                break;
            k--;
        }
        // "as might be expected", "than expected": a comparison, not a report.
        if (!passive || k < first || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is "as" or "As" or "than")
            return null;
        var subjectEnd = k;
        // The subject runs back to the clause's start: a comma, a colon or the sentence's start.
        var subjectStart = subjectEnd;
        while (subjectStart - 1 >= first && !tokens[subjectStart - 1].InQuote && tokens[subjectStart - 1].Text is not ("," or ";" or ":" or "—" or "―" or "--" or "(")
               && subjectEnd - subjectStart < 20)
            subjectStart--;
        while (subjectStart < subjectEnd && (!tokens[subjectStart].IsWord || tokens[subjectStart].Text is "But" or "And" or "So" or "Yet" or "and" or "but"))
            subjectStart++;
        if (subjectEnd - subjectStart >= 20)
            return null;
        // "While a curfew was announced from midnight, authorities ...": a subordinate clause
        // ends at its comma, and the subordinator is not reported.
        var subordinate = tokens[subjectStart].Text is "While" or "When" or "Although" or "Though" or "If" or "After" or "Before"
            or "Because" or "Since" or "As" or "Once" or "Unless" or "while" or "when" or "although" or "though" or "if" or "because";
        if (subordinate && subjectStart < subjectEnd)
            subjectStart++;
        // The complement: what follows the participle up to where the content would end.
        var last = cue;
        for (var j = cue + 1; j < end; j++)
        {
            if (!tokens[j].InQuote && (ReportedContent.EndsContent(doc, j, end, false) || (subordinate && tokens[j].Is(","))))
                break;
            last = j;
        }
        var (_, trimmed) = ReportedContent.TrimPunctuation(doc, cue, last);
        if (trimmed <= cue)
            return null;
        return ReportedSpeechFinder.DraftWithoutSource(doc, subjectStart, trimmed, cue);
    }
}
