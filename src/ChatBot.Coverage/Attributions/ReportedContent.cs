namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Where reported content starts and stops: past "that", a listener ("told reporters") or a
/// time ("said Monday"), up to the end of the sentence, a new clause with its own cue, "according
/// to", or a participle clause. Shared by the reported-speech rules.
/// </summary>
internal static class ReportedContent
{
    /// <summary>The content after a cue: past the listener ("told reporters"), time words and
    /// "that", up to the end of the sentence or the next coordinated cue.</summary>
    internal static (int First, int Last)? ContentAfter(ArticleDocument doc, int cue, int end, bool stopAtComma)
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
            for (var j = k; j < end && j - k < 12 && (j > k || tokens[j].Text == "that" || WordSets.PhraseOpeners.Contains(tokens[j].Text) || WordSets.IsAdverb(tokens[j].Text)); j++)
            {
                if (tokens[j].InQuote)
                    continue;
                // "says at a campaign stop in Toledo, Ohio, that": a comma inside the place.
                if (tokens[j].Is(",") && j > k && j + 1 < end && (tokens[j + 1].IsCapitalized || doc.IsWordAt(j + 1, "that")))
                    continue;
                // ("agreed to clean up the mines and reclaim the land that ...": a coordinated
                // verb phrase is content already.)
                if (!tokens[j].IsWord || CueLexicon.IsCue(tokens[j].Text) || tokens[j].Text is "and" or "or" or "but")
                    break;
                if (tokens[j].Text == "that")
                {
                    // "declined that assignment and ...": "that" before a lone noun is its determiner.
                    if (j == k && IsDeterminerThat(doc, j, end))
                        break;
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
                // "asked NBC's Lester Holt, the moderator of the debate, to fact check ...": the
                // listener's appositive.
                if (k < end && tokens[k].Is(",") && k > cue + 1)
                {
                    for (var j = k + 1; j < end && j - k <= 15 && !tokens[j].InQuote; j++)
                    {
                        if (!tokens[j].Is(","))
                            continue;
                        if (doc.IsWordAt(j + 1, "to") || doc.IsWordAt(j + 1, "that"))
                            k = doc.IsWordAt(j + 1, "that") ? j + 2 : j + 1;
                        break;
                    }
                }
                // "told police officials that": the rest of a longer listener before "that".
                for (var j = k; j < end && j - k < 4 && tokens[j].IsWord && !tokens[j].InQuote && !CueLexicon.IsCue(tokens[j].Text); j++)
                {
                    if (tokens[j].Text == "that")
                    {
                        k = j + 1;
                        break;
                    }
                }
            }
            while (k < end && tokens[k].IsWord && WordSets.TimeWords.Contains(tokens[k].Text))
                k++;
            // "cautioned, as did the campaign itself, that ...": a comparison set off by commas.
            if (k == cue + 1 && ParentheticalAsDid(doc, k, end) is int that)
                k = that + 1;
        }
        // "said that, “Of course ...”": a comma after "that"; "During his years in office,
        // Mr. Obama said, a majority ...": a comma after a parenthetical tag.
        if (k < end && k > cue + 1 && doc.IsWordAt(k - 1, "that") && tokens[k].Is(","))
            k++;
        // (", she said, referencing ...": a participle there is the speaker's manner, not content.)
        // (A gerund that is a subject is content: "..., he said, replacing Clinton would be ...".)
        else if (k == cue + 1 && k + 1 < end && tokens[k].Is(",") && doc.IsPunctAt(SourceStartBefore(doc, cue) - 1, ",") && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
                 && ((!CueLexicon.IsParticiple(tokens[k + 1].Text) && !(tokens[k + 1].IsLower && tokens[k + 1].Text.EndsWith("ing", StringComparison.Ordinal)))
                     || GerundSubject(doc, k + 1, end)))
            k++;
        // "The governor added:" closing a paragraph, the words in the next: that paragraph.
        if (k == cue + 1 && k == end - 1 && tokens[k].Is(":") && NextParagraphAfterColon(doc, k) is { } block)
            return block;
        if (k >= end)
            return null;
        // "The governor added: It’s typical of ...": unquoted words after a colon.
        if (k == cue + 1 && tokens[k].Is(":") && k + 1 < end && tokens[k + 1].IsWord && !tokens[k + 1].InQuote)
            k++;
        if (!tokens[k].IsWord && !tokens[k].InQuote)
            return null; // ", adding", ".": the content is elsewhere
        // "The spot concludes with footage ...": a cue followed by a preposition is not reporting.
        // ("responded with attacks on Machado", "responded by citing Chicago": the response is;
        // "agreed with Matthews about the winner": whom the speaker sided with.)
        if (k == cue + 1 && tokens[k].IsWord && tokens[k].Text is "with" or "by" or "at" or "from" or "into"
            && !(tokens[k].Text is "with" or "by" && word.StartsWith("respond", StringComparison.Ordinal))
            && !(tokens[k].Text is "with" && word.StartsWith("agree", StringComparison.Ordinal)))
            return null;
        // A clause after "that", a pronoun or a verb of saying runs on; other content is a noun
        // phrase that ends before a relative clause.
        // "said as much in an interview", "said the same thing on Monday": a pro-form stands
        // for the clause, and ends like a noun phrase.
        var proForm = (tokens[k].Text is "as" && doc.IsWordAt(k + 1, "much")) || (tokens[k].Text is "the" && doc.IsWordAt(k + 1, "same"));
        var clausal = !proForm && (doc.IsWordAt(k - 1, "that") || WordSets.Pronouns.Contains(tokens[k].Text) || tokens[k].Text is "there"
            || CueLexicon.IsSaying(doc.CueWord(cue)));
        var last = k;
        var onlyTime = true;
        for (var j = k; j < end; j++)
        {
            var t = tokens[j];
            // ("said the same thing, including Mitt Romney": a pro-form is all that was said.)
            if (!t.InQuote && j > k && (EndsContent(doc, j, end, clausal) || ((stopAtComma || proForm) && (t.Is(",") || CoordinatesWhClause(doc, j, end)))))
                break;
            // "said, referring to the excuse, “you give ...”": the quote resumes after the gloss
            // (mid-sentence, so in lower case).
            if (j > k && t.Is(",") && !t.InQuote && j + 2 < end && tokens[j + 1].InQuote && !tokens[k].InQuote && CueLexicon.IsParticiple(word) && doc.IsPunctAt(cue - 1, ",")
                && (tokens[j + 1].IsLower || (!tokens[j + 1].IsWord && tokens[j + 2].IsLower)))
                break;
            last = j;
            if (onlyTime && t.IsWord)
                onlyTime = !t.InQuote && (WordSets.TimeWords.Contains(t.Text) || char.IsDigit(t.Text[0]) || t.Text is "on" or "in" or "at" or "this" or "early" or "late");
        }
        // "suggested that Clinton has the following tasks:" and the list in the next paragraph.
        if (!onlyTime && last + 1 == end && tokens[last].Is(":") && NextParagraphAfterColon(doc, last) is { } list)
            return (k, list.Last);
        // "spoke on Monday": a time is not what was said.
        return onlyTime ? null : (k, last);
    }

    /// <summary>The paragraph after a colon that ends its own, when it is the reporter's
    /// unquoted rendering of what was said (a quoted one is a direct quote's).</summary>
    private static (int First, int Last)? NextParagraphAfterColon(ArticleDocument doc, int colon)
    {
        var tokens = doc.Tokens;
        var next = colon + 1;
        if (next >= tokens.Count || !tokens[next].IsWord || tokens[next].InQuote || !doc.StartsLine(tokens[next].Span.Start)
            || doc.LineAt(tokens[next].Span.Start) - doc.LineAt(tokens[colon].Span.Start) > 3)
            return null;
        var line = doc.LineAt(tokens[next].Span.Start);
        var last = next;
        while (last + 1 < tokens.Count && doc.LineAt(tokens[last + 1].Span.Start) == line)
            last++;
        return TrimPunctuation(doc, next, last);
    }

    /// <summary>The "that" after ", as did the Clinton campaign itself," at <paramref name="comma"/>, or null.</summary>
    private static int? ParentheticalAsDid(ArticleDocument doc, int comma, int end)
    {
        var tokens = doc.Tokens;
        if (!tokens[comma].Is(",") || !doc.IsWordAt(comma + 1, "as") || comma + 2 >= end
            || tokens[comma + 2].Text is not ("did" or "does" or "do" or "has" or "have" or "had" or "was" or "were" or "is" or "are"))
            return null;
        for (var j = comma + 3; j < end && j <= comma + 12; j++)
        {
            if (tokens[j].InQuote)
                return null;
            if (tokens[j].Is(","))
                return doc.IsWordAt(j + 1, "that") ? j + 1 : null;
        }
        return null;
    }

    /// <summary>"replacing Clinton would be": an -ing word whose phrase is followed, within a few
    /// words and before any comma, by a modal or a form of "be", so it is the clause's subject.</summary>
    private static bool GerundSubject(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        for (var j = k + 1; j < end && j <= k + 4; j++)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote)
                return false;
            if (tokens[j].Text is "would" or "will" or "could" or "can" or "might" or "is" or "was" or "has")
                return j > k + 1;
        }
        return false;
    }

    /// <summary>A participle cue after one to four words of a source ("RealClearPolitics showing").</summary>
    private static bool ParticipleCueSoon(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        for (var c = k + 1; c <= k + 4 && c < end; c++)
        {
            if (!tokens[c].IsWord || tokens[c].InQuote || !tokens[c - 1].IsWord || WordSets.FunctionWords.Contains(tokens[c - 1].Text))
                return false;
            if (CueLexicon.IsParticiple(tokens[c].Text))
                return true;
        }
        return false;
    }

    /// <summary>"human rights groups warned that": a few words of a subject, then a cue and "that".</summary>
    private static bool SubjectThenCueThat(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        for (var c = k + 1; c <= k + 4 && c + 1 < end; c++)
        {
            var t = tokens[c];
            if (!t.IsWord || t.InQuote)
                return false;
            if (CueLexicon.IsCue(t.Text) && !CueLexicon.IsParticiple(t.Text) && doc.IsWordAt(c + 1, "that"))
                return true;
            if (WordSets.FunctionWords.Contains(tokens[c - 1].Text) && c - 1 > k)
                return false;
        }
        return false;
    }

    /// <summary>A noun for an event as a whole ("move", "sign", "chapter") within three words.</summary>
    private static bool SumsUpEvent(ArticleDocument doc, int k, int end)
    {
        for (var j = k; j < end && j <= k + 2 && doc.Tokens[j].IsWord && doc.Tokens[j].IsLower && !doc.Tokens[j].InQuote; j++)
        {
            if (EventNouns.Contains(doc.Tokens[j].Text))
                return true;
        }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> EventNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "move", "sign", "step", "chapter", "development", "reversal", "shift", "departure", "indication", "twist",
        "turnabout", "setback", "rebuke", "signal", "escalation", "remark", "reference", "nod", "jab", "swipe",
    }, StringComparer.Ordinal);

    /// <summary>"the migration crisis ushered a stream", "the court ruled that": a determiner,
    /// up to three words of a noun phrase, and a verb in the past before its object.</summary>
    private static bool NewSubjectAndVerb(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote || !WordSets.Determiners.Contains(tokens[k].Text))
            return false;
        for (var v = k + 2; v <= k + 4 && v + 1 < end; v++)
        {
            var t = tokens[v];
            if (!t.IsWord || t.InQuote || WordSets.FunctionWords.Contains(t.Text))
                return false;
            if (t.IsLower && t.Text.Length > 4 && t.Text.EndsWith("ed", StringComparison.Ordinal)
                && tokens[v + 1].IsWord && (WordSets.Determiners.Contains(tokens[v + 1].Text) || tokens[v + 1].Text is "that" or "to"))
                return true;
        }
        return false;
    }

    /// <summary>"that assignment and ...", "that pitch or ...", "that claim.": "that" with one
    /// noun and then the phrase's end, so a determiner rather than the start of a clause.</summary>
    private static bool IsDeterminerThat(ArticleDocument doc, int that, int end)
    {
        var tokens = doc.Tokens;
        if (that + 2 >= end || !tokens[that + 1].IsWord || !tokens[that + 1].IsLower || tokens[that + 1].InQuote
            || WordSets.Pronouns.Contains(tokens[that + 1].Text) || WordSets.Determiners.Contains(tokens[that + 1].Text) || WordSets.FunctionWords.Contains(tokens[that + 1].Text))
            return false;
        var after = tokens[that + 2];
        return !after.InQuote && (after.Text is "." or "," or ";" or "and" or "or" or "but");
    }

    /// <summary>"... and how experts say ...": another clause that a question word opens, which
    /// ends a relative clause's content.</summary>
    private static bool CoordinatesWhClause(ArticleDocument doc, int j, int end) =>
        doc.Tokens[j].IsWord && doc.Tokens[j].Text is "and" or "or" or "but" && j + 1 < end && doc.Tokens[j + 1].IsWord
        && doc.Tokens[j + 1].Text is "what" or "how" or "why" or "whether" or "who" or "which" or "where" or "when";

    /// <summary>Where reported content stops: at a semicolon, a coordinated new cue, "according
    /// to", a participle clause (", citing ..."), a new clause after ", but"; and for a noun-phrase
    /// content also at a relative clause (", which"), a second verb, an "as" clause and a closing
    /// time or occasion. (Cutting noun phrases before any adjunct like "in tweets", or before a
    /// time that more words follow, lost more than it gained on PolNeAR dev.)</summary>
    internal static bool EndsContent(ArticleDocument doc, int j, int end, bool clausal)
    {
        var tokens = doc.Tokens;
        var t = tokens[j];
        if (t.Is(";"))
            return true;
        if (t.IsWord && t.Text is "and" or "but" or "or" or "yet" && NextIsCue(doc, j + 1, end))
            return true;
        // "... and Democrats accused the GOP": a new subject with its own cue.
        if (t.IsWord && t.Text is "and" or "but" && SourceFinder.After(doc, j + 1, end) is { } other && NextIsCue(doc, other.Last + 1, end))
            return true;
        if (t.IsWord && t.Text == "but" && j + 1 < end && WordSets.Pronouns.Contains(tokens[j + 1].Text))
            return true;
        // A noun-phrase content ends before an adverbial clause: "called the hearing because
        // they felt ...", "attacked Machado since the debate".
        if (!clausal && t.IsWord && t.Text is "because" or "since" or "although" or "though" or "despite" or "while" or "after" or "before" or "until" or "during")
            return true;
        if (!clausal && t.IsWord && StartsTimeOrOccasion(doc, j, end) && ClosesSoon(doc, j, end))
            return true;
        // "cited the figure at last week's forum viewed by ...": an occasion dated by a
        // possessive ("last week's", "Tuesday's") is no part of a noun phrase said.
        if (!clausal && t.IsWord && t.Text is "at" or "during" or "in" && DatedOccasion(doc, j + 1, end))
            return true;
        // "promised a veto and attempted to ...", "declined that assignment and has since left":
        // a second verb of the subject after a noun phrase.
        if (!clausal && t.IsWord && t.Text is "and" or "but" && j + 1 < end && tokens[j + 1].IsLower && !tokens[j + 1].InQuote
            && (WordSets.Auxiliaries.Contains(tokens[j + 1].Text) || (tokens[j + 1].Text.Length > 4 && tokens[j + 1].Text.EndsWith("ed", StringComparison.Ordinal)
                && j + 2 < end && tokens[j + 2].IsWord && (tokens[j + 2].Text is "to" || WordSets.Determiners.Contains(tokens[j + 2].Text)))))
            return true;
        // "highlighted sharp differences and the migration crisis ushered a stream of ...": a
        // new subject with a verb in the past after a noun phrase.
        if (!clausal && t.IsWord && t.Text is "and" or "but" && NewSubjectAndVerb(doc, j + 1, end))
            return true;
        // "described the incident as a “terrible situation,” but stopped short of calling ...".
        if (!clausal && t.IsWord && t.Text == "but" && j + 1 < end && tokens[j + 1].IsLower && !tokens[j + 1].InQuote
            && tokens[j + 1].Text.Length > 4 && tokens[j + 1].Text.EndsWith("ed", StringComparison.Ordinal))
            return true;
        // "defend not paying an architect who said he was stiffed": a relative clause with a cue
        // of its own is another attribution.
        if (!clausal && t.IsWord && t.Text is "who" or "which" && NextIsCue(doc, j + 1, end))
            return true;
        // "a tightening race as Trump consolidates ...": a clause of time or reason.
        if (!clausal && t.IsWord && t.Text == "as" && j + 2 < end && !tokens[j + 1].InQuote
            && (WordSets.Pronouns.Contains(tokens[j + 1].Text) || (tokens[j + 1].IsCapitalized && tokens[j + 2].IsLower && !tokens[j + 2].InQuote)))
            return true;
        // "... “to serve as president,” while 73 percent said ...": a comma inside the closing
        // quotation mark stands where the comma would.
        // (Not before a participle: "were “well-paid,” making between ..." goes on describing.)
        if (t.IsWord && j - 2 >= 0 && tokens[j - 1].InQuote && !tokens[j - 1].IsWord && tokens[j - 2].Is(",") && tokens[j - 2].InQuote
            && !t.Text.EndsWith("ing", StringComparison.Ordinal))
            return AfterComma(doc, j - 1, end, clausal);
        // "--" typed as two hyphens is a dash.
        if (t.Is("-") && j + 1 < end && tokens[j + 1].Is("-"))
            return AfterComma(doc, j + 1, end, clausal);
        if (!t.Is(",") && !t.Is("―") && !t.Is("—") && !t.Is("--"))
            return false;
        return AfterComma(doc, j, end, clausal);
    }

    /// <summary>Whether the words after the comma (or dash) at <paramref name="j"/> start
    /// something other than the content.</summary>
    private static bool AfterComma(ArticleDocument doc, int j, int end, bool clausal)
    {
        var tokens = doc.Tokens;
        if (j + 1 >= end || tokens[j + 1].InQuote || !tokens[j + 1].IsWord)
            return false;
        var next = tokens[j + 1].Text;
        // ", with RealClearPolitics showing her ahead": a source of its own with a participle cue.
        if (next == "with" && ParticipleCueSoon(doc, j + 2, end))
            return true;
        // "calling for a process, not that he is calling for ...": a correction set against it.
        if (next == "not" && doc.IsWordAt(j + 2, "that"))
            return true;
        // ", aside from saying he wants ...": an exception the writer adds.
        if (next is "aside" or "apart" && doc.IsWordAt(j + 2, "from"))
            return true;
        // ", the latest chapter in a rocky relationship", ", a move that ...": an appositive
        // that sums up the event is the writer's, not what was said.
        if (next is "a" or "an" or "the" && SumsUpEvent(doc, j + 2, end))
            return true;
        // "finds that pitch compelling, especially given that ...": the writer's comment on it.
        if (!clausal && next is "especially" or "particularly" && j + 2 < end && tokens[j + 2].IsWord
            && tokens[j + 2].Text is "given" or "because" or "since" or "after" or "when" or "if" or "as" or "with")
            return true;
        // ", should Clinton attempt a return": a condition in inverted order opens a clause of its own.
        if (next is "should" or "had" or "were" && j + 2 < end && !tokens[j + 2].InQuote && (tokens[j + 2].IsCapitalized || WordSets.Pronouns.Contains(tokens[j + 2].Text)))
            return true;
        if (next == "according" || CueLexicon.IsCue(next))
            return true;
        // "..., and human rights groups warned that ...": a new subject with its own cue after ", and".
        if (next is "and" or "but" && (SourceFinder.After(doc, j + 2, end) is { } coordinated && NextIsCue(doc, coordinated.Last + 1, end) || SubjectThenCueThat(doc, j + 2, end)))
            return true;
        // "..., Ham also noted several ...": a new subject with its own cue and content after a
        // comma; not the main clause after an opening phrase ("that if the state held up the
        // deal, Patriot could threaten"), nor a closing tag (", a source said.").
        if (SourceFinder.After(doc, j + 1, end) is { } subject && NextIsCue(doc, subject.Last + 1, end)
            && !AfterOpeningPhrase(doc, j) && HasOwnContent(doc, subject.Last + 1, end))
            return true;
        // ", engaging in what analysts described as ...": a participle clause after the content.
        if (tokens[j + 1].IsLower && next.Length > 5 && next.EndsWith("ing", StringComparison.Ordinal) && next is not ("including" or "during" or "something" or "nothing" or "everything" or "anything"))
            return true;
        // ", even suggesting he ...": a participle cue after an adverb.
        if (next is "even" or "also" or "later" or "again" or "then" or "repeatedly" && j + 2 < end && CueLexicon.IsParticiple(tokens[j + 2].Text))
            return true;
        // (", and a need to ..." after a noun phrase coordinates another noun phrase.)
        if (next is "but" or "and" or "while" or "though" or "although" or "as" or "even" && j + 2 < end
            && (WordSets.Pronouns.Contains(tokens[j + 2].Text) || tokens[j + 2].IsCapitalized || (WordSets.Determiners.Contains(tokens[j + 2].Text) && (clausal || next != "and"))
                || (next is not "and" && char.IsDigit(tokens[j + 2].Text[0]))
                || tokens[j + 2].Text is "when" or "if" or "after" or "asked"))
            return true;
        // "..., most of whom had announced their support": a relative clause too.
        if (!clausal && next is "most" or "some" or "many" or "all" or "none" or "both" or "each" or "several" && doc.IsWordAt(j + 2, "of")
            && j + 3 < end && tokens[j + 3].Text is "whom" or "which")
            return true;
        return !clausal && next is "which" or "who" or "where" or "when" && !ComplementAfterRelative(doc, j + 1, end);
    }

    /// <summary>"accused Rafael Cruz, who was born in Cuba, of associating with ...": a relative
    /// clause set off by commas, after which the verb's complement goes on.</summary>
    private static bool ComplementAfterRelative(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        for (var j = k + 1; j < end && j <= k + 15; j++)
        {
            if (tokens[j].InQuote || tokens[j].Is(";") || tokens[j].Is("."))
                return false;
            if (tokens[j].Is(","))
                return doc.IsWordAt(j + 1, "of") && j + 2 < end && tokens[j + 2].IsLower && tokens[j + 2].Text.EndsWith("ing", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>Whether token <paramref name="j"/> opens a time or an occasion that a noun-phrase
    /// content does not include: "endorsed Clinton on Thursday", "one in July", "said as much in
    /// an interview", "attacked Machado in early-morning tweets".</summary>
    private static bool StartsTimeOrOccasion(ArticleDocument doc, int j, int end)
    {
        var tokens = doc.Tokens;
        var word = tokens[j].Text;
        if (Weekdays.Contains(word))
            return true;
        if (word is not ("on" or "in" or "at" or "during" or "earlier" or "last" or "this" or "late" or "early") || j + 1 >= end || !tokens[j + 1].IsWord)
            return false;
        var next = tokens[j + 1].Text;
        if (Weekdays.Contains(next) || Months.Contains(next) || WordSets.TimeWords.Contains(next) || (word is "in" or "on" && char.IsDigit(next[0])))
            return true;
        // "at a rally", "during the debate", "at U.N. climate talks": an event.
        if (word is "at" or "during")
        {
            for (var k = j + 1; k < end && k <= j + 4 && tokens[k].IsWord && !tokens[k].InQuote; k++)
            {
                if (Events.Contains(tokens[k].Text))
                    return true;
            }
        }
        // "in early-morning tweets": a message in the plural needs no determiner.
        if (word == "in" && (PluralMessage(next) || (tokens[j + 1].IsLower && j + 2 < end && tokens[j + 2].IsWord && PluralMessage(tokens[j + 2].Text))))
            return true;
        if (word != "in" || !WordSets.Determiners.Contains(next.ToLowerInvariant()) && next is not ("his" or "her" or "their" or "its"))
            return false;
        for (var k = j + 2; k < end && k <= j + 4 && tokens[k].IsWord; k++)
        {
            if (WordSets.Messages.Contains(tokens[k].Text) || tokens[k].Text is "interview" or "interviews" or "speech" or "ruling" or "remarks" or "briefing" or "appearance")
                return true;
        }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Events = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "rally", "rallies", "debate", "debates", "forum", "talks", "summit", "conference", "hearing", "meeting",
        "event", "events", "convention", "luncheon", "dinner", "fundraiser", "speech", "briefing", "interview",
    }, StringComparer.Ordinal);

    private static bool PluralMessage(string word) => word is "tweets" or "statements" or "interviews" or "remarks" or "posts" or "emails" or "letters";

    /// <summary>"last week's", "Tuesday's", "yesterday's": a time in the possessive.</summary>
    private static bool DatedOccasion(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote)
            return false;
        var word = tokens[k].Text;
        if (word is "last" or "this" or "next" && k + 1 < end && tokens[k + 1].Text is "week's" or "week’s" or "month's" or "month’s" or "year's" or "year’s")
            return true;
        var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : null;
        return bare is not null && (Weekdays.Contains(bare) || bare is "yesterday" or "today");
    }

    /// <summary>Whether the phrase at <paramref name="j"/> is the last of the clause (a comma,
    /// dash or the sentence end within a few words), so cutting it keeps the rest.</summary>
    private static bool ClosesSoon(ArticleDocument doc, int j, int end)
    {
        for (var k = j + 1; k <= j + 6; k++)
        {
            if (k >= end || (!doc.Tokens[k].InQuote && doc.Tokens[k].Text is "," or "." or ";" or ":" or "—" or "―" or "--" or "(" or "?" or "!"))
                return true;
        }
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> Weekdays = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "tonight",
    }, StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> Months = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    }, StringComparer.Ordinal);

    /// <summary>Whether the words before the comma at <paramref name="comma"/> open with a
    /// subordinator or preposition, so what follows the comma is their main clause.</summary>
    private static bool AfterOpeningPhrase(ArticleDocument doc, int comma)
    {
        var k = comma - 1;
        while (k > 0 && doc.Tokens[k - 1].IsWord && doc.Tokens[k - 1].Text != "that")
            k--;
        return k >= 0 && doc.Tokens[k].IsWord && (OpeningWords.Contains(doc.Tokens[k].Text.ToLowerInvariant()) || WordSets.PhraseOpeners.Contains(doc.Tokens[k].Text.ToLowerInvariant()));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> OpeningWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "if", "when", "whenever", "while", "although", "though", "because", "as", "since", "unless", "until",
        "once", "despite", "given", "even", "no", "for", "by", "without", "among", "amid", "following", "like", "unlike",
    }, StringComparer.Ordinal);

    /// <summary>Whether a cue after <paramref name="from"/> (past adverbs and pronouns) is
    /// followed by content of its own rather than closing the sentence.</summary>
    private static bool HasOwnContent(ArticleDocument doc, int from, int end)
    {
        var tokens = doc.Tokens;
        var k = from;
        while (k < end && tokens[k].IsWord && (WordSets.IsAdverb(tokens[k].Text) || WordSets.Pronouns.Contains(tokens[k].Text)))
            k++;
        return k < end && ContentAfter(doc, k, end, stopAtComma: false) is not null;
    }

    /// <summary>First token of the words right before a cue (its source), for the comma test.</summary>
    internal static int SourceStartBefore(ArticleDocument doc, int cue)
    {
        var k = cue - 1;
        while (k > 0 && doc.Tokens[k].IsWord)
            k--;
        return k + 1;
    }

    internal static bool NextIsCue(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        while (k < end && tokens[k].IsWord && (WordSets.IsAdverb(tokens[k].Text) || WordSets.Pronouns.Contains(tokens[k].Text)))
            k++;
        return k < end && tokens[k].IsWord && !tokens[k].InQuote && CueLexicon.IsCue(tokens[k].Text) && !CueLexicon.IsParticiple(tokens[k].Text);
    }

    internal static bool OnlyQuotation(ArticleDocument doc, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote)
                return false;
        }
        return true;
    }

    internal static int WordsOutsideQuotes(ArticleDocument doc, int first, int last)
    {
        var count = 0;
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote)
                count++;
        }
        return count + (HasQuote(doc, first, last) ? 1 : 0);
    }

    internal static bool HasQuote(ArticleDocument doc, int first, int last)
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
    internal static (int, int) TrimPunctuation(ArticleDocument doc, int first, int last)
    {
        var tokens = doc.Tokens;
        while (first <= last && !tokens[first].IsWord && !tokens[first].InQuote)
            first++;
        while (last >= first && !tokens[last].IsWord && !tokens[last].InQuote)
            last--;
        return (first, last);
    }
}
