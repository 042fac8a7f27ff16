namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Cue words with a second sense that reports nothing, told apart by what follows: "declined to
/// comment" (refusal) but "declined slightly" (fell); "maintains that" (claim) but "maintains a
/// program" (keeps); "found that" but "found a way".
/// </summary>
internal static class CueSenses
{
    public static bool IsOtherSense(ArticleDocument doc, int cue, int end)
    {
        var tokens = doc.Tokens;
        var word = doc.CueWord(cue);
        // "..., maintains the candidate's doctor.", "..., she declined.": an inverted or closing
        // tag, its content before it.
        if (doc.IsPunctAt(cue - 1, ",") && (cue + 1 >= end || !tokens[cue + 1].IsWord
                || (SourceFinder.After(doc, cue + 1, end) is { } after && (after.Last + 1 >= end || !tokens[after.Last + 1].IsWord))))
            return false;
        var next = NextWord(doc, cue, end);
        var second = next >= 0 ? NextWord(doc, next, end) : -1;
        var n = next >= 0 ? tokens[next].Text : "";
        var n2 = second >= 0 ? tokens[second].Text : "";
        if (next < 0)
            return false;
        // "declined slightly", "declined by 3 percent", "declined in the polls": falling, not
        // refusing ("declined to comment", "declined that assignment").
        if (word is "decline" or "declined" or "declines" or "declining")
            return n != "to" && (WordSets.IsAdverb(n) || n.EndsWith("ly", StringComparison.Ordinal) || char.IsDigit(n[0])
                || n is "by" or "in" or "from" or "since" or "after" or "over" or "among" or "further");
        // "maintain the image", "maintains a program": keeping something, not claiming it;
        // "assumed a newly created role": taking it on.
        if (word is "maintain" or "maintained" or "maintains" or "maintaining" or "assume" or "assumed" or "assumes" or "assuming")
            return n != "that" && !WordSets.Pronouns.Contains(n);
        // "found a way through the Clean Air Act", "found ways to make the tax code work".
        if (word is "found" or "find" or "finds" or "finding")
            return (n is "a" or "no" or "new" or "another" && n2 is "way" or "ways") || n == "ways" || n == "himself" || n == "herself" || n == "themselves" || n == "itself";
        // "called in to a town hall", "called an emergency meeting": phoning and convening.
        if (word is "called" or "calls" or "call" or "calling")
            return n is "in" or "off" or "up" || (n is "a" or "an" && second >= 0 && (n2 is "meeting" or "vote" or "election" or "hearing" or "halt" or "timeout" or "recess" or "session"
                || (NextWord(doc, second, end) is var third && third >= 0 && tokens[third].Text is "meeting" or "session" or "conference" or "hearing")));
        // "failed to show up", "Trump showed up at the debate": arriving, not showing something.
        if (word is "show" or "shows" or "showed" or "showing" or "shown")
            return n == "up";
        return false;
    }

    private static int NextWord(ArticleDocument doc, int k, int end)
    {
        var j = k + 1;
        return j < end && doc.Tokens[j].IsWord && !doc.Tokens[j].InQuote ? j : -1;
    }
}
