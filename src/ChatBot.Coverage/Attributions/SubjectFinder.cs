using System.Collections.Frozen;
namespace ChatBot.Coverage.Attributions;

/// <summary>
/// The subject of a sentence: the first name or pronoun after any opening clause ("As if
/// expecting the question, Trump ..."). Used where the speaker is the one the sentence is
/// about: "X ..., responding with a question: “...”", "X ..., saying ...".
/// </summary>
internal static class SubjectFinder
{
    private static readonly FrozenSet<string> Conjunctions = new[]
    {
        "But", "And", "So", "Yet", "Meanwhile", "However", "Then", "Now", "Still", "Also", "Instead", "Indeed",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "As", "If", "When", "While", "After", "Before", "Although", "Though", "Because", "Since", "Despite",
        "In", "On", "At", "During", "Asked", "Speaking", "Earlier", "Later", "Last", "Following", "Unlike",
        "Like", "With", "Without", "Throughout", "Over", "Under", "For", "From", "By", "Until", "Once",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The subject of the sentence starting at token <paramref name="first"/>, looked for
    /// before token <paramref name="limit"/>.</summary>
    public static SourcePhrase? Find(ArticleDocument doc, int first, int limit)
    {
        var tokens = doc.Tokens;
        var k = first;
        while (k < limit && !tokens[k].IsWord && !tokens[k].InQuote)
            k++;
        if (k >= limit || tokens[k].InQuote)
            return null;
        if (Conjunctions.Contains(tokens[k].Text))
        {
            k++;
            if (k < limit && tokens[k].Is(","))
                k++;
        }
        else if (ClauseOpeners.Contains(tokens[k].Text))
        {
            // Skip the opening clause up to its comma.
            var comma = -1;
            for (var c = k + 1; c < limit && c - k < 25; c++)
            {
                if (tokens[c].Is(",") && !tokens[c].InQuote)
                {
                    comma = c;
                    break;
                }
            }
            if (comma < 0)
                return null;
            k = comma + 1;
        }
        if (k >= limit)
            return null;
        return SourceFinder.After(doc, k, limit);
    }
}
