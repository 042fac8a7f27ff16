using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Reported speech with a fixed shape rather than a cue verb: "according to X", a headline
/// "Name: claim", and "X ...: that CONTENT".
/// </summary>
internal static class PatternCues
{
    /// <summary>"according to X, CONTENT" and "CONTENT, according to X".</summary>
    internal static AttributionDraft? AccordingTo(ArticleDocument doc, int at, int first, int end)
    {
        // The source is whatever follows up to the comma or the sentence's end ("according to a
        // new Washington Post-ABC News national poll"); a name in it is the speaker.
        var source = SourceFinder.After(doc, at + 2, end) ?? WholePhrase(doc, at + 2, end);
        if (source is null)
            return null;
        if (source.Form == SourceForm.Unnamed && WholePhrase(doc, at + 2, end) is { } longer && longer.Last > source.Last)
            source = longer;
        var cue = at;
        if (at == first || (at - 1 >= first && !doc.Tokens[at - 1].IsWord && at - 1 == first))
        {
            var k = source.Last + 1;
            while (k < end && !doc.Tokens[k].Is(","))
                k++;
            if (k + 1 >= end)
                return null;
            var draft = ReportedSpeechFinder.Draft(doc, k + 1, end - 1, source, cue);
            if (draft is not null)
                draft.Cue = doc.SpanOf(at, at + 1);
            return draft;
        }
        var last = doc.IsPunctAt(at - 1, ",") ? at - 2 : at - 1;
        var result = last >= first ? ReportedSpeechFinder.Draft(doc, first, last, source, cue) : null;
        if (result is not null)
            result.Cue = doc.SpanOf(at, at + 1);
        return result;
    }

    /// <summary>Tokens from <paramref name="from"/> to the next comma or the sentence's end, as a
    /// source; its last capitalised run, if any, is the name.</summary>
    internal static SourcePhrase? WholePhrase(ArticleDocument doc, int from, int end)
    {
        var tokens = doc.Tokens;
        var last = from - 1;
        for (var k = from; k < end && k - from < 15; k++)
        {
            if (tokens[k].InQuote || (!tokens[k].IsWord && tokens[k].Text is "," or "." or ";" or ":" or "?" or "!"))
                break;
            last = k;
        }
        if (last < from)
            return null;
        for (var n = last; n >= from; n--)
        {
            if (tokens[n].IsCapitalized && !NameWords.IsNotName(tokens[n].Text))
            {
                var start = SourceFinder.CapitalRunStart(doc, n, from);
                if (start >= 0 && NameReading.Read(SourceFinder.Words(doc, start, n)).Kind != NameKind.None && n == last)
                    return new SourcePhrase(from, last, SourceForm.Name, start, n);
                break;
            }
        }
        return new SourcePhrase(from, last, SourceForm.Unnamed, from, last);
    }

    /// <summary>"Pat Caddell: Democrat Voters Worried ...": a headline led by a short name and a
    /// colon gives that name's words.</summary>
    internal static AttributionDraft? HeadlineColon(ArticleDocument doc, int first, int end)
    {
        for (var i = first + 1; i < end && i - first <= 4; i++)
        {
            var t = doc.Tokens[i];
            if (t.InQuote)
                return null;
            if (!t.Is(":"))
            {
                if (!t.IsCapitalized)
                    return null;
                continue;
            }
            var words = SourceFinder.Words(doc, first, i - 1);
            if (words.Count == 0 || words[0] is "The" || words.Skip(1).Any(NameWords.IsNotName) || NameReading.Read(words).Kind == NameKind.None)
                return null;
            var draft = ReportedSpeechFinder.Draft(doc, i + 1, end - 1, SourcePhrase.Named(first, i - 1), i);
            return draft;
        }
        return null;
    }

    /// <summary>"Trump unleashed a tirade with his talking points: that CONTENT": the sentence's
    /// subject says what follows a colon and "that".</summary>
    internal static AttributionDraft? ColonThat(ArticleDocument doc, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
        {
            if (!doc.IsPunctAt(i, ":") || doc.Tokens[i].InQuote || !doc.IsWordAt(i + 1, "that"))
                continue;
            var subject = SubjectFinder.Find(doc, first, i);
            if (subject is null)
                return null;
            var draft = ReportedSpeechFinder.Draft(doc, i + 2, end - 1, subject, i);
            return draft;
        }
        return null;
    }
}
