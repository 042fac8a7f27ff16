using System.Collections.Frozen;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// A source named in an opening or closing phrase: "In this poll, Trump rose 1 percentage point",
/// "she did not receive a bump in one of the first post-debate polls", "Only European immigrants
/// are safe in his eyes". The phrase's poll, study or point of view gives the rest of the clause.
/// </summary>
internal static class EvidencePhrases
{
    private static readonly FrozenSet<string> Heads = new[]
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "data", "research",
        "findings", "review", "audit", "view", "opinion", "eyes", "estimation", "judgment", "assessment",
    }.ToFrozenSet(StringComparer.Ordinal);

    internal static AttributionDraft? Opening(ArticleDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var k = first;
        while (k < end && !tokens[k].IsWord && !tokens[k].InQuote)
            k++;
        if (k >= end || tokens[k].InQuote || tokens[k].Text != "In")
            return null;
        var head = -1;
        var comma = -1;
        for (var j = k + 1; j < end && j - k <= 20; j++)
        {
            var t = tokens[j];
            if (t.InQuote)
                return null;
            if (t.Is(","))
            {
                // "In the previous poll, conducted in early September, Clinton led": a participle
                // phrase between commas belongs to the opener.
                if (j + 1 < end && tokens[j + 1].IsLower && tokens[j + 1].Text.EndsWith("ed", StringComparison.Ordinal) && head >= 0)
                    continue;
                comma = j;
                break;
            }
            if (t.IsWord && Heads.Contains(t.Text))
                head = j;
        }
        if (head < 0 || comma < 0 || comma + 2 >= end)
            return null;
        // "In an interview, Trump said ...": the clause has its own cue.
        for (var j = comma + 1; j < end; j++)
        {
            if (tokens[j].IsWord && !tokens[j].InQuote && (CueLexicon.IsSaying(tokens[j].Text) || tokens[j].Text is "according"))
                return null;
        }
        var source = new SourcePhrase(k + 1, comma - 1, SourceForm.Unnamed, k + 1, comma - 1);
        return ReportedSpeechFinder.Draft(doc, comma + 1, end - 1, source, k);
    }

    /// <summary>"... in one of the first post-debate polls to emerge.": an "in" phrase that closes
    /// the sentence with the poll or point of view near its start.</summary>
    internal static AttributionDraft? Closing(ArticleDocument doc, int first, int end)
    {
        var tokens = doc.Tokens;
        var last = end - 1;
        while (last > first && !tokens[last].IsWord && !tokens[last].InQuote)
            last--;
        for (var p = last - 1; p > first + 2 && last - p <= 20; p--)
        {
            var t = tokens[p];
            if (t.InQuote || t.Is(";") || t.Is(":"))
                return null;
            if (!t.IsWord || t.Text != "in")
                continue;
            var head = -1;
            for (var j = p + 1; j <= last && j - p <= 6; j++)
            {
                if (tokens[j].IsWord && Heads.Contains(tokens[j].Text))
                {
                    head = j;
                    break;
                }
            }
            if (head < 0 || Enumerable.Range(p + 1, last - p).Any(j => doc.Tokens[j].IsWord && CueLexicon.IsCue(doc.Tokens[j].Text) && !CueLexicon.IsNounLike(doc.Tokens[j].Text)) || CueLexicon.IsCue(doc.Tokens[last].Text))
                continue;
            var start = first;
            while (start < p && !tokens[start].IsWord && !tokens[start].InQuote)
                start++;
            // An opening clause ("While X was seen as the winner, she did not ...") is not the report.
            for (var j = p - 1; j > start; j--)
            {
                if (tokens[j].Is(",") && !tokens[j].InQuote)
                {
                    start = j + 1;
                    break;
                }
            }
            // "though it has declined from 58 percent in the last poll": a subordinate clause.
            if (tokens[start].Text is "though" or "although" or "while" or "as" or "because" or "but" or "and" or "which" or "who" or "when" or "if")
                return null;
            for (var j = start; j < p; j++)
            {
                if (tokens[j].IsWord && !tokens[j].InQuote && (CueLexicon.IsSaying(tokens[j].Text) || tokens[j].Text is "according"))
                    return null;
            }
            var source = new SourcePhrase(p + 1, last, SourceForm.Unnamed, p + 1, last);
            return ReportedSpeechFinder.Draft(doc, start, p - 1, source, p);
        }
        return null;
    }
}
