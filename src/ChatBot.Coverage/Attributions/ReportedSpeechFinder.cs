using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Reported speech: "X said (that) CONTENT", "CONTENT, X said", "CONTENT, said X", "according to
/// X, CONTENT", "X ...: that CONTENT", and coordinated cues ("... and also said CONTENT") that
/// share the first cue's source. Cues inside quotation marks never count: words in a quote are
/// the speaker's, not the reporter's. Cues already taken by a direct quote are skipped.
/// </summary>
internal static class ReportedSpeechFinder
{
    /// <summary>Fewest words outside quotes for a stretch to count as reported content.</summary>
    private const int MinContentWords = 2;

    public static List<AttributionDraft> Find(ArticleDocument doc, ISet<int> usedCues)
    {
        var found = new List<AttributionDraft>();
        var tokens = doc.Tokens;
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var first = doc.SentenceFirst[s];
            var end = doc.SentenceFirst[s + 1];
            SourcePhrase? previous = null;
            var contentEnd = -1;
            for (var i = first; i < end; i++)
            {
                var t = tokens[i];
                // A cue inside content already found is part of what was said, not a new
                // attribution (PolNeAR gives each word one attribution).
                if (!t.IsWord || t.InQuote || t.Span.Start < contentEnd)
                    continue;
                if (t.Text is "according" or "According" && doc.IsWordAt(i + 1, "to"))
                {
                    if (AccordingTo(doc, i, first, end) is { } according)
                        found.Add(according);
                    continue;
                }
                if (!CueLexicon.IsCue(doc.CueWord(i)) || usedCues.Contains(i))
                    continue;
                var draft = AtCue(doc, i, first, end, previous);
                if (draft is null)
                    continue;
                found.Add(draft);
                usedCues.Add(i);
                previous = draft.Source;
                contentEnd = Math.Max(contentEnd, draft.Content.End);
            }
            if (ColonThat(doc, first, end) is { } colon)
                found.Add(colon);
            if (s == 0 && doc.HasHeadline && HeadlineColon(doc, first, end) is { } headline)
                found.Add(headline);
        }
        return found;
    }

    private static AttributionDraft? AtCue(ArticleDocument doc, int cue, int first, int end, SourcePhrase? previous)
    {
        var tokens = doc.Tokens;
        var word = tokens[cue].Text;
        SourcePhrase? source = null;
        // "In a statement announcing the pick": a participle is a cue only after a comma
        // (", saying") or an auxiliary ("is calling").
        if (CueLexicon.IsParticiple(word) && !doc.IsPunctAt(cue - 1, ",") && !(cue - 1 >= first && tokens[cue - 1].IsWord && WordSets.Adverbs.Contains(tokens[cue - 1].Text)))
            return null;
        // Passive: "endorsed by dozens of papers", "He was told that": the subject is not the source.
        if (doc.IsWordAt(cue + 1, "by") || IsPassive(doc, cue, first))
            return null;

        // "... and also said CONTENT": the same source as the cue before.
        var back = cue - 1;
        while (back >= first && tokens[back].IsWord && WordSets.Adverbs.Contains(tokens[back].Text))
            back--;
        if (back >= first && doc.IsWordAt(back, "and") | doc.IsWordAt(back, "but"))
            source = previous ?? SubjectFinder.Find(doc, first, back);
        // ", saying CONTENT": the subject of the clause.
        if (source is null && CueLexicon.IsParticiple(word) && doc.IsPunctAt(cue - 1, ","))
            source = previous ?? SubjectFinder.Find(doc, first, cue);
        source ??= SourceFinder.Before(doc, cue, first);
        if (source is not null && CueLexicon.IsNounLike(doc.CueWord(cue)) && !NamedSubject(doc, source, first))
            return null;

        if (source is not null)
        {
            // "whom Trump once suggested was not a war hero, ...": a relative clause ends at its comma.
            var relative = doc.Tokens[source.First].Text is "who" or "whom" or "which"
                || (source.First - 1 >= first && tokens[source.First - 1].IsWord && tokens[source.First - 1].Text is "who" or "whom" or "which");
            var content = ContentAfter(doc, cue, end, relative);
            if (content is { } after)
            {
                if (OnlyQuotation(doc, after.First, after.Last))
                    return null;
                return Draft(doc, after.First, after.Last, source, cue);
            }
            // "CONTENT, X said." with nothing after the cue.
            if (source.First - 1 > first && doc.IsPunctAt(source.First - 1, ",") && NothingAfter(doc, cue, end))
                return Before(doc, first, source.First - 2, source, cue);
            return null;
        }

        // "CONTENT, said X."
        if (doc.IsPunctAt(cue - 1, ",") && cue - 2 > first)
        {
            var inverted = SourceFinder.After(doc, cue + 1, end);
            if (inverted is not null && RestIsEnd(doc, inverted.Last + 1, end))
                return Before(doc, first, cue - 2, inverted, cue);
        }

        // "Gowdy, speaking on “Fox News Sunday,” dismissed ..., said ...": verbs in a row after
        // the subject and its comma share that subject.
        if (cue - 1 > first && (doc.IsPunctAt(cue - 1, ",") || (tokens[cue - 1].InQuote && !tokens[cue - 1].IsWord))
            && SubjectFinder.Find(doc, first, cue) is { Form: SourceForm.Name or SourceForm.Pronoun } subject
            && doc.IsPunctAt(subject.Last + 1, ",")
            && ContentAfter(doc, cue, end, false) is { } rest && !OnlyQuotation(doc, rest.First, rest.Last))
            return Draft(doc, rest.First, rest.Last, subject, cue);
        return null;
    }

    private static AttributionDraft? Before(ArticleDocument doc, int first, int last, SourcePhrase source, int cue)
    {
        if (last < first || OnlyQuotation(doc, first, last))
            return null;
        return Draft(doc, first, last, source, cue);
    }

    private static AttributionDraft? Draft(ArticleDocument doc, int first, int last, SourcePhrase source, int cue)
    {
        (first, last) = TrimPunctuation(doc, first, last);
        if (last < first || WordsOutsideQuotes(doc, first, last) < MinContentWords)
            return null;
        var span = doc.SpanOf(first, last);
        return new AttributionDraft
        {
            Kind = AttributionKind.Reported,
            Content = span,
            QuoteSpan = span,
            Source = source,
            Cue = doc.Tokens[cue].Span,
        };
    }

    /// <summary>The content after a cue: past the listener ("told reporters"), time words and
    /// "that", up to the end of the sentence or the next coordinated cue.</summary>
    private static (int First, int Last)? ContentAfter(ArticleDocument doc, int cue, int end, bool stopAtComma)
    {
        var tokens = doc.Tokens;
        var word = tokens[cue].Text;
        var k = cue + 1;
        if (CueLexicon.IsDenial(word))
            k = cue;
        else
        {
            // "said in a statement Monday that ...": jump to a near "that" over a phrase of
            // place or time, never over content ("said it's important to find the server that").
            // A title in quotes may be part of it: "said on “Fox News Sunday” that".
            for (var j = k; j < end && j - k < 12 && (j > k || tokens[j].Text == "that" || WordSets.PhraseOpeners.Contains(tokens[j].Text)); j++)
            {
                if (tokens[j].InQuote)
                    continue;
                if (!tokens[j].IsWord || CueLexicon.IsCue(tokens[j].Text))
                    break;
                if (tokens[j].Text == "that")
                {
                    k = j + 1;
                    break;
                }
            }
            if (k == cue + 1 && CueLexicon.TakesListenerObject(word) && k < end && tokens[k].InQuote)
            {
                // "told “Morning Joe” that ...": the listener is a programme in quotes.
                var j = k;
                while (j < end && tokens[j].InQuote)
                    j++;
                if (j < end && doc.IsWordAt(j, "that") && j - k <= 8)
                    k = j + 1;
            }
            else if (k == cue + 1 && CueLexicon.TakesListenerObject(word) && k < end)
            {
                // "told reporters CONTENT" / "told him CONTENT": skip the listener.
                var listener = SourceFinder.After(doc, k, end);
                if (listener is not null)
                    k = listener.Last + 1;
                else if (tokens[k].IsWord && tokens[k].Text is "him" or "her" or "them" or "me" or "us" or "reporters")
                    k++;
            }
            while (k < end && tokens[k].IsWord && WordSets.TimeWords.Contains(tokens[k].Text))
                k++;
        }
        // "said that, “Of course ...”": a comma after "that"; "During his years in office,
        // Mr. Obama said, a majority ...": a comma after a parenthetical tag.
        if (k < end && k > cue + 1 && doc.IsWordAt(k - 1, "that") && tokens[k].Is(","))
            k++;
        else if (k == cue + 1 && k + 1 < end && tokens[k].Is(",") && doc.IsPunctAt(SourceStartBefore(doc, cue) - 1, ",") && tokens[k + 1].IsWord && !tokens[k + 1].InQuote)
            k++;
        if (k >= end)
            return null;
        if (!tokens[k].IsWord && !tokens[k].InQuote)
            return null; // ", adding", ".": the content is elsewhere
        // "The spot concludes with footage ...": a cue followed by a preposition is not reporting.
        if (k == cue + 1 && tokens[k].IsWord && tokens[k].Text is "with" or "by" or "at" or "from" or "into")
            return null;
        // A clause after "that", a pronoun or a verb of saying runs on; other content is a noun
        // phrase that ends before a relative clause.
        var clausal = doc.IsWordAt(k - 1, "that") || WordSets.Pronouns.Contains(tokens[k].Text) || tokens[k].Text is "there"
            || CueLexicon.IsSaying(doc.CueWord(cue));
        var last = k;
        for (var j = k; j < end; j++)
        {
            var t = tokens[j];
            if (!t.InQuote && j > k && (EndsContent(doc, j, end, clausal) || (stopAtComma && t.Is(","))))
                break;
            last = j;
        }
        return (k, last);
    }

    /// <summary>Where reported content stops: at a semicolon, a coordinated new cue, "according
    /// to", a participle clause (", citing ..."), a new clause after ", but"; and for a noun-phrase
    /// content also at a relative clause (", which"). (Cutting noun phrases before adjuncts like
    /// "in tweets" was tried and lost more than it gained on PolNeAR dev.)</summary>
    private static bool EndsContent(ArticleDocument doc, int j, int end, bool clausal)
    {
        var tokens = doc.Tokens;
        var t = tokens[j];
        if (t.Is(";"))
            return true;
        if (t.IsWord && t.Text is "and" or "but" && NextIsCue(doc, j + 1, end))
            return true;
        // "... and Democrats accused the GOP": a new subject with its own cue.
        if (t.IsWord && t.Text is "and" or "but" && SourceFinder.After(doc, j + 1, end) is { } other && NextIsCue(doc, other.Last + 1, end))
            return true;
        if (t.IsWord && t.Text == "but" && j + 1 < end && WordSets.Pronouns.Contains(tokens[j + 1].Text))
            return true;
        if (!t.Is(",") && !t.Is("―") && !t.Is("—"))
            return false;
        if (j + 1 >= end || tokens[j + 1].InQuote || !tokens[j + 1].IsWord)
            return false;
        var next = tokens[j + 1].Text;
        if (next == "according" || CueLexicon.IsCue(next))
            return true;
        if (next is "but" or "and" or "while" or "though" or "although" or "as" or "even" && j + 2 < end
            && (WordSets.Pronouns.Contains(tokens[j + 2].Text) || tokens[j + 2].IsCapitalized || WordSets.Determiners.Contains(tokens[j + 2].Text)))
            return true;
        return !clausal && next is "which" or "who" or "where" or "when";
    }

    /// <summary>A pronoun, or a source that does not follow a preposition ("of Republican
    /// claims" is a noun phrase; "The Post reports", "a new poll shows" are subject and verb).</summary>
    private static bool NamedSubject(ArticleDocument doc, SourcePhrase source, int first)
    {
        if (source.Form == SourceForm.Pronoun)
            return true;
        var before = source.First - 1;
        return before < first || !doc.Tokens[before].IsWord
            || !(WordSets.Affiliations.Contains(doc.Tokens[before].Text) || doc.Tokens[before].Text is "about" or "by" or "on" or "against" or "over");
    }

    private static bool IsPassive(ArticleDocument doc, int cue, int first)
    {
        var word = doc.Tokens[cue].Text;
        if (CueLexicon.IsParticiple(word))
            return false;
        for (var k = cue - 1; k >= first && cue - k <= 3 && doc.Tokens[k].IsWord; k--)
        {
            var w = doc.Tokens[k].Text;
            if (w is "is" or "was" or "were" or "are" or "been" or "be" or "being" or "get" or "got")
                return true;
            if (!WordSets.Adverbs.Contains(w))
                return false;
        }
        return false;
    }

    /// <summary>First token of the words right before a cue (its source), for the comma test.</summary>
    private static int SourceStartBefore(ArticleDocument doc, int cue)
    {
        var k = cue - 1;
        while (k > 0 && doc.Tokens[k].IsWord)
            k--;
        return k + 1;
    }

    private static bool NextIsCue(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        while (k < end && tokens[k].IsWord && (WordSets.Adverbs.Contains(tokens[k].Text) || WordSets.Pronouns.Contains(tokens[k].Text)))
            k++;
        return k < end && tokens[k].IsWord && !tokens[k].InQuote && CueLexicon.IsCue(tokens[k].Text) && !CueLexicon.IsParticiple(tokens[k].Text);
    }

    private static bool NothingAfter(ArticleDocument doc, int cue, int end)
    {
        var k = cue + 1;
        while (k < end && doc.Tokens[k].IsWord && WordSets.TimeWords.Contains(doc.Tokens[k].Text))
            k++;
        return k >= end || !doc.Tokens[k].IsWord;
    }

    private static bool RestIsEnd(ArticleDocument doc, int k, int end) => k >= end || doc.Tokens[k].Is(".") || doc.Tokens[k].Is(",");

    /// <summary>"according to X, CONTENT" and "CONTENT, according to X".</summary>
    private static AttributionDraft? AccordingTo(ArticleDocument doc, int at, int first, int end)
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
            var draft = Draft(doc, k + 1, end - 1, source, cue);
            if (draft is not null)
                draft.Cue = doc.SpanOf(at, at + 1);
            return draft;
        }
        var last = doc.IsPunctAt(at - 1, ",") ? at - 2 : at - 1;
        var result = last >= first ? Draft(doc, first, last, source, cue) : null;
        if (result is not null)
            result.Cue = doc.SpanOf(at, at + 1);
        return result;
    }

    /// <summary>Tokens from <paramref name="from"/> to the next comma or the sentence's end, as a
    /// source; its last capitalised run, if any, is the name.</summary>
    private static SourcePhrase? WholePhrase(ArticleDocument doc, int from, int end)
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
    private static AttributionDraft? HeadlineColon(ArticleDocument doc, int first, int end)
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
            var draft = Draft(doc, i + 1, end - 1, SourcePhrase.Named(first, i - 1), i);
            return draft;
        }
        return null;
    }

    /// <summary>"Trump unleashed a tirade with his talking points: that CONTENT": the sentence's
    /// subject says what follows a colon and "that".</summary>
    private static AttributionDraft? ColonThat(ArticleDocument doc, int first, int end)
    {
        for (var i = first; i + 1 < end; i++)
        {
            if (!doc.IsPunctAt(i, ":") || doc.Tokens[i].InQuote || !doc.IsWordAt(i + 1, "that"))
                continue;
            var subject = SubjectFinder.Find(doc, first, i);
            if (subject is null)
                return null;
            var draft = Draft(doc, i + 2, end - 1, subject, i);
            return draft;
        }
        return null;
    }

    private static bool OnlyQuotation(ArticleDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote)
                return false;
        }
        return true;
    }

    private static int WordsOutsideQuotes(ArticleDocument doc, int first, int last)
    {
        var count = 0;
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote)
                count++;
        }
        return count + (HasQuote(doc, first, last) ? 1 : 0);
    }

    private static bool HasQuote(ArticleDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].InQuote && doc.Tokens[k].IsWord)
                return true;
        }
        return false;
    }

    /// <summary>Drops leading and trailing punctuation, keeping closing quotation marks and
    /// anything inside a quotation.</summary>
    private static (int, int) TrimPunctuation(ArticleDocument doc, int first, int last)
    {
        var tokens = doc.Tokens;
        while (first <= last && !tokens[first].IsWord && !tokens[first].InQuote)
            first++;
        while (last >= first && !tokens[last].IsWord && !tokens[last].InQuote)
            last--;
        return (first, last);
    }
}
