using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Transcript turns: "WALLACE: Let's start with ..." at a line's start (or right after an
/// opening quotation mark), the words up to the next turn or the line's end being that speaker's.
/// A capitalised label counts only when the article also names that person in ordinary case
/// ("Chris Wallace"), so section labels like "OPINION:" or "READ:" are left alone.
/// </summary>
internal static class TranscriptFinder
{
    public static List<AttributionDraft> Find(ArticleDocument doc)
    {
        var tokens = doc.Tokens;
        var turns = new List<(int Label, int Colon)>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsLabelWord(tokens[i]) || !tokens[i + 1].Is(":") || !AtTurnStart(doc, i))
                continue;
            turns.Add((i, i + 1));
        }
        if (turns.Count == 0)
            return [];

        // A transcript: turns by at least two labels, one of them a person the article names.
        var labels = turns.Select(t => TitleCase(tokens[t.Label].Text)).Distinct(StringComparer.Ordinal).ToList();
        if (labels.Count < 2)
            return [];
        var surnames = PersonWords(doc);
        if (!labels.Any(surnames.Contains))
            return [];
        var drafts = new List<AttributionDraft>();
        for (var t = 0; t < turns.Count; t++)
        {
            var (label, colon) = turns[t];
            var line = doc.LineAt(tokens[label].Span.Start);
            var last = colon;
            for (var k = colon + 1; k < tokens.Count; k++)
            {
                if (t + 1 < turns.Count && k >= turns[t + 1].Label - 1 && tokens[k].Text is "\"" or "“")
                    break;
                if (t + 1 < turns.Count && k == turns[t + 1].Label)
                    break;
                // A turn runs on over paragraphs that reopen the quotation (a transcript quoted
                // whole marks each paragraph's start, and closes only its last), not over a
                // stage direction ("(CROSSTALK.)") or the reporter's own next paragraph.
                if (doc.LineAt(tokens[k].Span.Start) != line)
                {
                    if (!GoesOn(doc, last, k))
                        break;
                    line = doc.LineAt(tokens[k].Span.Start);
                }
                last = k;
            }
            while (last > colon && !tokens[last].IsWord && tokens[last].Text is "\"" or "“" or "”")
                last--;
            if (last <= colon)
                continue;
            var content = doc.SpanOf(colon + 1, last);
            drafts.Add(new AttributionDraft
            {
                Kind = AttributionKind.Direct,
                Content = content,
                QuoteSpan = content,
                Source = SourcePhrase.Named(label, label),
                Cue = tokens[colon].Span,
                NameWords = [TitleCase(tokens[label].Text)],
            });
        }
        return drafts;
    }

    /// <summary>Whether the paragraph at <paramref name="next"/> goes on with the turn that
    /// ended at <paramref name="last"/>: it opens with a quotation mark and words, and the turn's
    /// paragraph did not close its quotation.</summary>
    private static bool GoesOn(ArticleDocument doc, int last, int next)
    {
        var tokens = doc.Tokens;
        if (tokens[last].Text is "”" or "\"" || tokens[next].Text is not ("\"" or "“") || !doc.StartsLine(tokens[next].Span.Start)
            || next + 1 >= tokens.Count || !tokens[next + 1].IsWord)
            return false;
        return !(IsLabelWord(tokens[next + 1]) && next + 2 < tokens.Count && tokens[next + 2].Is(":"));
    }

    private static string TitleCase(string word) => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();

    private static bool IsLabelWord(Sentences.Token t) =>
        t.IsWord && t.Text.Length >= 3 && char.IsUpper(t.Text[0]) && char.IsUpper(t.Text[1]) && AllUpper(t.Text);

    private static bool AllUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c is not ('-' or '\''))
                return false;
        }
        return true;
    }

    private static bool AtTurnStart(ArticleDocument doc, int i)
    {
        var tokens = doc.Tokens;
        if (doc.StartsLine(tokens[i].Span.Start))
            return true;
        return i > 0 && tokens[i - 1].Text is "\"" or "“" && tokens[i - 1].Span.End == tokens[i].Span.Start;
    }

    /// <summary>Words of the people the article names in ordinary case.</summary>
    private static HashSet<string> PersonWords(ArticleDocument doc)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var tokens = doc.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized || IsLabelWord(tokens[i]))
                continue;
            var end = SourceFinder.CapitalRunEnd(doc, i, doc.SentenceEnd(i));
            var reading = NameReading.Read(SourceFinder.Words(doc, i, end));
            if (reading.Kind == NameKind.Person)
                words.UnionWith(reading.Words);
            i = end;
        }
        return words;
    }
}
