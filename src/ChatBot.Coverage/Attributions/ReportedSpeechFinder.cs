using System.Collections.Frozen;
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

    public static List<AttributionDraft> Find(ArticleDocument doc, IDictionary<int, SourcePhrase?> usedCues)
    {
        var found = new List<AttributionDraft>();
        var tokens = doc.Tokens;
        // Content may run on past its sentence ("He added:" and the next paragraph).
        var contentEnd = -1;
        for (var s = 0; s < doc.SentenceCount; s++)
        {
            var first = doc.SentenceFirst[s];
            var end = doc.SentenceFirst[s + 1];
            SourcePhrase? previous = null;
            for (var i = first; i < end; i++)
            {
                var t = tokens[i];
                // A cue inside content already found is part of what was said, not a new
                // attribution (PolNeAR gives each word one attribution).
                if (!t.IsWord || t.InQuote || t.Span.Start < contentEnd)
                    continue;
                if (t.Text == "In" && PatternCues.InPoll(doc, i, first, end) is { } inPoll)
                {
                    found.Add(inPoll);
                    contentEnd = Math.Max(contentEnd, inPoll.Content.End);
                    continue;
                }
                if (t.Text is "according" or "According" && doc.IsWordAt(i + 1, "to"))
                {
                    if (PatternCues.AccordingTo(doc, i, first, end) is { } according)
                        found.Add(according);
                    continue;
                }
                if (!usedCues.ContainsKey(i) && (PatternCues.PossessiveStance(doc, i, first, end) ?? PatternCues.LightVerb(doc, i, first, end)) is { } stance)
                {
                    found.Add(stance);
                    contentEnd = Math.Max(contentEnd, stance.Content.End);
                    continue;
                }
                if (!usedCues.ContainsKey(i) && (PassiveCues.Agentless(doc, i, first, end) ?? StanceAdjectives.At(doc, i, first, end) ?? StanceNouns.At(doc, i, first, end)) is { } passive)
                {
                    found.Add(passive);
                    contentEnd = Math.Max(contentEnd, passive.Content.End);
                    continue;
                }
                if (!CueLexicon.IsCue(doc.CueWord(i)) || usedCues.ContainsKey(i))
                    continue;
                // "spoke to reporters Friday", "spoke for five minutes": speaking reports something
                // only with its topic ("spoke of", "spoke out about"); its subject still speaks in
                // a participle that follows (", promising to ...").
                if (t.Text is "spoke" or "speak" or "speaks" or "speaking" && !TopicAfter(doc, i, end))
                {
                    previous = SourceFinder.Before(doc, i, first) ?? previous;
                    continue;
                }
                if (CueSenses.IsOtherSense(doc, i, end))
                    continue;
                var draft = AtCue(doc, i, first, end, previous, usedCues);
                if (draft is null)
                    continue;
                found.Add(draft);
                usedCues[i] = draft.Source;
                previous = draft.Source;
                contentEnd = Math.Max(contentEnd, draft.Content.End);
            }
            if (PatternCues.ColonThat(doc, first, end) is { } colon)
                found.Add(colon);
            if (contentEnd < 0 && (EvidencePhrases.Opening(doc, first, end) ?? EvidencePhrases.Closing(doc, first, end)) is { } evidence)
                found.Add(evidence);
            if (s == 0 && doc.HasHeadline && PatternCues.HeadlineColon(doc, first, end) is { } headline)
                found.Add(headline);
        }
        return found;
    }

    private static AttributionDraft? AtCue(ArticleDocument doc, int cue, int first, int end, SourcePhrase? previous, IDictionary<int, SourcePhrase?> usedCues)
    {
        var tokens = doc.Tokens;
        var word = tokens[cue].Text;
        SourcePhrase? source = null;
        // "the dispute over", "his call for": after an article or a possessive it is a noun.
        if (cue - 1 >= first && tokens[cue - 1].IsWord && !tokens[cue - 1].InQuote
            && tokens[cue - 1].Text.ToLowerInvariant() is "the" or "a" or "an" or "his" or "their" or "its" or "our" or "my" or "your")
            return null;
        // "In a statement announcing the pick": a participle is a cue only after a comma
        // (", saying") or an auxiliary ("is calling").
        // "He’s claiming": a contracted auxiliary makes it a verb too. "issued a statement
        // calling", "sent a letter urging": the message speaks for the sentence's subject.
        if (CueLexicon.IsParticiple(word) && !CommaAt(doc, cue - 1))
        {
            if (MessageBefore(doc, cue, first) is int message)
            {
                if (Sender(doc, message, first) is not { } sender || ReportedContent.ContentAfter(doc, cue, end, false) is not { } said
                    || ReportedContent.OnlyQuotation(doc, said.First, said.Last))
                    return null;
                return Draft(doc, said.First, said.Last, sender, cue);
            }
            // "with RealClearPolitics showing her ahead", "with experts offering their
            // assessments": the noun phrase after "with" is the participle's subject.
            if (WithSubject(doc, cue, first) is { } with && ReportedContent.ContentAfter(doc, cue, end, false) is { } withContent
                && !ReportedContent.OnlyQuotation(doc, withContent.First, withContent.Last))
                return Draft(doc, withContent.First, withContent.Last, with, cue);
            // "Trump avoids condemning", "kept insisting", "set about persuading": a verb that
            // takes a gerund shares its subject with it.
            if (cue - 1 > first && tokens[cue - 1].IsWord && !tokens[cue - 1].InQuote && (GerundTakers.Contains(tokens[cue - 1].Text) || (doc.IsWordAt(cue - 1, "about") && doc.IsWordAt(cue - 2, "set")))
                && SourceFinder.Before(doc, tokens[cue - 1].Text == "about" ? cue - 2 : cue - 1, first) is { Form: SourceForm.Name or SourceForm.Pronoun } taker
                && ReportedContent.ContentAfter(doc, cue, end, false) is { } gerundContent && !ReportedContent.OnlyQuotation(doc, gerundContent.First, gerundContent.Last))
                return Draft(doc, gerundContent.First, gerundContent.Last, taker, cue);
            // "stopped short of calling", "is steering clear of criticizing", "avoids condemning":
            // the subject is the one who does, or holds back from, the saying.
            // "can be heard yelling that ...": the subject is heard saying it.
            if (cue - 1 > first && tokens[cue - 1].IsWord && (tokens[cue - 1].Text is "avoids" or "avoided" or "avoid" or "avoiding" or "heard"
                    || (tokens[cue - 1].Text is "of" or "from" && cue - 2 > first && tokens[cue - 2].Text is "short" or "clear" or "away" or "refrained" or "refrain" or "refrains" or "refraining"))
                && SubjectFinder.Find(doc, first, cue - 1) is { Form: SourceForm.Name or SourceForm.Pronoun } holder
                && ReportedContent.ContentAfter(doc, cue, end, false) is { } heldContent && !ReportedContent.OnlyQuotation(doc, heldContent.First, heldContent.Last))
                return Draft(doc, heldContent.First, heldContent.Last, holder, cue);
            // "began by saying he would ...": the subject does the saying.
            if (doc.IsWordAt(cue - 1, "by") && SubjectFinder.Find(doc, first, cue - 1) is { Form: SourceForm.Name or SourceForm.Pronoun } doer
                && ReportedContent.ContentAfter(doc, cue, end, false) is { } byContent && !ReportedContent.OnlyQuotation(doc, byContent.First, byContent.Last))
                return Draft(doc, byContent.First, byContent.Last, doer, cue);
            if (!(cue - 1 >= first && tokens[cue - 1].IsWord && (WordSets.IsAdverb(tokens[cue - 1].Text) || IsContractedAuxiliary(tokens[cue - 1].Text))))
                return null;
        }
        // Passive: "endorsed by dozens of papers", "He was told that": the subject is not the
        // source. With an agent ("was first reported by The Washington Post") the agent is, and
        // the subject is what it said.
        // ("responded by using the example of Chicago": "by" and a gerund are the response.)
        var byGerund = word.StartsWith("respond", StringComparison.Ordinal) && cue + 2 < end && tokens[cue + 2].IsLower && tokens[cue + 2].Text.EndsWith("ing", StringComparison.Ordinal);
        if ((doc.IsWordAt(cue + 1, "by") && !byGerund) || IsPassive(doc, cue, first))
            return IsPassive(doc, cue, first) ? PassiveWithAgent(doc, cue, first, end) : null;

        // "... and also said CONTENT": the same source as the cue before.
        var back = cue - 1;
        while (back >= first && tokens[back].IsWord && WordSets.IsAdverb(tokens[back].Text))
            back--;
        if (back >= first && doc.IsWordAt(back, "and") | doc.IsWordAt(back, "but") | doc.IsWordAt(back, "or") | doc.IsWordAt(back, "yet"))
            source = CoordinatedSource(doc, back, first) ?? previous ?? SubjectFinder.Find(doc, first, back);
        // "“...,” DuVernay said, emphasizing CONTENT": the source of the tag before the comma;
        // ", saying CONTENT": the subject of the clause; ", even suggesting": adverbs between.
        var comma = cue - 1;
        while (comma > first && tokens[comma].IsWord && !tokens[comma].InQuote && WordSets.IsAdverb(tokens[comma].Text) && tokens[comma].IsLower)
            comma--;
        if (source is null && CueLexicon.IsParticiple(word) && CommaAt(doc, comma))
            source = (usedCues.TryGetValue(comma - 1, out var tagged) ? tagged : null) ?? previous ?? SubjectFinder.Find(doc, first, comma + 1)
                ?? TaggedBefore(doc, comma + 1, first, usedCues);
        source ??= SourceFinder.Before(doc, cue, first) ?? ControllerOfInfinitive(doc, cue, first) ?? CatenativeSubject(doc, cue, first);
        if (source is not null && CueLexicon.IsNounLike(doc.CueWord(cue)) && (!NamedSubject(doc, source, first) || NounFollows(doc, cue, end)
                || (source.Form == SourceForm.Unnamed && !ObjectFollows(doc, cue, end))))
            return null;

        if (source is not null)
        {
            // "whom Trump once suggested was not a war hero, ...": a relative clause ends at its comma.
            // "between what Trump says his plan would do, and what it would do": so does a
            // clause that "what" opens inside the sentence.
            var relative = doc.Tokens[source.First].Text is "who" or "whom" or "which" or "how"
                || (source.First - 1 >= first && tokens[source.First - 1].IsWord && tokens[source.First - 1].Text is "who" or "whom" or "which" or "what" or "how");
            // "CONTENT, X said in an interview." / "..., he said before he died.": only an
            // adjunct after the cue, so the content is before the source.
            if (source.First - 1 > first && doc.IsPunctAt(source.First - 1, ",") && OnlyAdjunctAfter(doc, cue, end))
                return Before(doc, first, source.First - 2, source, cue);
            var content = ReportedContent.ContentAfter(doc, cue, end, relative || InOpeningClause(doc, cue, first));
            if (content is { } after)
            {
                if (ReportedContent.OnlyQuotation(doc, after.First, after.Last))
                    return null;
                // "The museum, he said, would make visitors ...": the tag interrupts the content,
                // which starts with the sentence.
                if (after.First == cue + 2 && doc.IsPunctAt(cue + 1, ",") && source.First - 1 > first && doc.IsPunctAt(source.First - 1, ",")
                    && !doc.Tokens[first].InQuote)
                    return Draft(doc, first, after.Last, source, cue);
                return Draft(doc, after.First, after.Last, source, cue);
            }
            // "CONTENT, X said." with nothing after the cue.
            if (source.First - 1 > first && doc.IsPunctAt(source.First - 1, ",") && NothingAfter(doc, cue, end))
                return Before(doc, first, source.First - 2, source, cue);
            // "..., a USA TODAY analysis of campaign-finance reports shows.": the source found
            // is the end of a longer one.
            if (NothingAfter(doc, cue, end) && ClosingSource(doc, cue, first) is { } longer && longer.First < source.First)
                return Before(doc, first, longer.First - 2, longer, cue);
            return null;
        }

        // "CONTENT, a USA TODAY analysis of newly filed campaign-finance reports shows.": a
        // long source between the comma and a cue that ends the sentence.
        if (NothingAfter(doc, cue, end) && ClosingSource(doc, cue, first) is { } closing)
            return Before(doc, first, closing.First - 2, closing, cue);

        // "CONTENT, said X."
        if (doc.IsPunctAt(cue - 1, ",") && cue - 2 > first)
        {
            var inverted = SourceFinder.After(doc, cue + 1, end);
            if (inverted is not null && RestIsEnd(doc, inverted.Last + 1, end))
                return Before(doc, first, cue - 2, inverted, cue);
            // "..., said one GOP source in the room.": a modifier to the sentence's end.
            if (inverted is not null && ModifierToEnd(doc, inverted.Last + 1, end) is int modifierEnd)
                return Before(doc, first, cue - 2, inverted with { Last = modifierEnd }, cue);
        }

        // "Gowdy, speaking on “Fox News Sunday,” dismissed ..., said ...": verbs in a row after
        // the subject and its comma share that subject.
        if (cue - 1 > first && (doc.IsPunctAt(cue - 1, ",") || (tokens[cue - 1].InQuote && !tokens[cue - 1].IsWord))
            && SubjectFinder.Find(doc, first, cue) is { Form: SourceForm.Name or SourceForm.Pronoun } subject
            && doc.IsPunctAt(subject.Last + 1, ",")
            && ReportedContent.ContentAfter(doc, cue, end, false) is { } rest && !ReportedContent.OnlyQuotation(doc, rest.First, rest.Last))
            return Draft(doc, rest.First, rest.Last, subject, cue);
        // "Several judges handling federal lawsuits ... have cited", "Surety companies that had
        // insured ... agreed to": a long subject that opens the sentence.
        if (WholeSubject(doc, cue, first) is { } whole
            && ReportedContent.ContentAfter(doc, cue, end, false) is { } clause && !ReportedContent.OnlyQuotation(doc, clause.First, clause.Last))
            return Draft(doc, clause.First, clause.Last, whole, cue);
        return null;
    }

    /// <summary>"He was able to consistently tout ...", "she won't be able to brag about": a cue
    /// after "to" and a verb or adjective that takes it; the clause's named or pronoun subject.</summary>
    private static SourcePhrase? CatenativeSubject(ArticleDocument doc, int cue, int first)
    {
        var tokens = doc.Tokens;
        var j = cue - 1;
        while (j > first && tokens[j].IsWord && WordSets.IsAdverb(tokens[j].Text) && tokens[j].IsLower)
            j--;
        if (j - 1 <= first || !doc.IsWordAt(j, "to") || tokens[j - 1].Text is not ("able" or "trying" or "tried" or "going" or "wants" or "wanted" or "hopes" or "hoped" or "refused" or "refuses"))
            return null;
        return SubjectFinder.Find(doc, first, j - 1) is { Form: SourceForm.Name or SourceForm.Pronoun } subject ? subject : null;
    }

    /// <summary>A comma at <paramref name="k"/>, or a closing quotation mark with the comma inside
    /// it ("“...,” adding that ...").</summary>
    private static bool CommaAt(ArticleDocument doc, int k) =>
        doc.IsPunctAt(k, ",") || (k > 0 && doc.Tokens[k].InQuote && !doc.Tokens[k].IsWord && doc.Tokens[k].Text is "”" or "\"" or "''"
            && doc.Tokens[k - 1].Is(",") && doc.Tokens[k - 1].InQuote);

    /// <summary>Whether the cue stands in a subordinate clause that opens the sentence ("While he
    /// has said his piece, he is ready to move on"): its content ends at the clause's comma.</summary>
    private static bool InOpeningClause(ArticleDocument doc, int cue, int first)
    {
        var tokens = doc.Tokens;
        var k = first;
        while (k < cue && !tokens[k].IsWord && !tokens[k].InQuote)
            k++;
        if (k >= cue || tokens[k].InQuote || !Subordinators.Contains(tokens[k].Text))
            return false;
        for (var j = k + 1; j < cue; j++)
        {
            if (tokens[j].Is(",") && !tokens[j].InQuote)
                return false;
        }
        return true;
    }

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "While", "Although", "Though", "When", "After", "Before", "Because", "Since", "If", "Unless", "Once", "Whereas", "Even", "As",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words from the sentence's start (past "But", "And") to the cue's auxiliaries
    /// and adverbs, when nothing in them is quoted or another cue and they open with no clause.</summary>
    private static SourcePhrase? WholeSubject(ArticleDocument doc, int cue, int first)
    {
        var tokens = doc.Tokens;
        var start = first;
        while (start < cue && !tokens[start].IsWord && !tokens[start].InQuote)
            start++;
        // "BRUSSELS - European leaders gathered ...": a dateline is no part of the subject.
        if (start + 2 < cue && tokens[start].IsWord && tokens[start].Text.Length >= 3 && tokens[start].Text.All(c => char.IsUpper(c) || c is '.' or ',')
            && tokens[start + 1].Text is "-" or "—" or "―" or "–")
            start += 2;
        if (start < cue && tokens[start].Text is "But" or "And" or "So" or "Yet" or "Still" or "Meanwhile")
            start++;
        // "Perhaps the debate moderators will demand ...": a sentence adverb is no part of the subject.
        var afterAdverb = false;
        if (start < cue && tokens[start].Text is "Perhaps" or "Maybe" or "Indeed" or "Instead" or "Now" or "Clearly" or "Ultimately"
            or "Eventually" or "Separately" or "Similarly" or "Likewise" or "Privately" or "Publicly" or "Increasingly" or "Already")
        {
            start++;
            if (start < cue && tokens[start].Is(","))
                start++;
            afterAdverb = true;
        }
        var last = cue - 1;
        while (last > start && tokens[last].IsWord && (WordSets.IsAdverb(tokens[last].Text) || WordSets.Auxiliaries.Contains(tokens[last].Text)))
            last--;
        // Not a noun ("percentage points", "the climate rules"), an infinitive ("wanting to learn")
        // or a subject that already has its verb ("Mr. Obama scrutinized reports").
        if (last - start < 1 || last - start > 20 || !(tokens[start].IsCapitalized || (afterAdverb && WordSets.Determiners.Contains(tokens[start].Text))) || !tokens[last].IsWord
            || (CueLexicon.IsNounLike(doc.CueWord(cue)) && !VerbObjectAfter(doc, cue)) || (tokens[last].Text != "to" && WordSets.FunctionWords.Contains(tokens[last].Text))
            || (tokens[last].IsLower && tokens[last].Text.Length > 4 && tokens[last].Text.EndsWith("ed", StringComparison.Ordinal))
            || WordSets.Pronouns.Contains(tokens[start].Text.ToLowerInvariant()) || NotSubjects.Contains(tokens[start].Text.Split('\'', '’')[0])
            || tokens[start].Text.EndsWith("ing", StringComparison.Ordinal))
            return null;
        for (var k = start; k <= last; k++)
        {
            // ("The latest Reuters/Ipsos poll": a slash or hyphen inside a name is part of it.)
            if (!tokens[k].IsWord && tokens[k].Text is "/" or "-" && k > start && k < last && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized
                && tokens[k - 1].Span.End == tokens[k].Span.Start && tokens[k].Span.End == tokens[k + 1].Span.Start)
                continue;
            if (tokens[k].InQuote || !tokens[k].IsWord || CueLexicon.IsCue(tokens[k].Text)
                || tokens[k].Text is "which" or "who")
                return null;
        }
        return new SourcePhrase(start, last, SourceForm.Unnamed, start, last);
    }

    /// <summary>"The latest poll shows that", "The average of polls shows Clinton leading": a word
    /// that may be a noun reads as a verb when a clause, a name or a pronoun follows.</summary>
    private static bool VerbObjectAfter(ArticleDocument doc, int cue)
    {
        var next = cue + 1;
        if (next >= doc.Tokens.Count || !doc.Tokens[next].IsWord || doc.Tokens[next].InQuote || doc.SentenceOf(next) != doc.SentenceOf(cue))
            return false;
        var word = doc.Tokens[next].Text;
        return word == "that" || doc.Tokens[next].IsCapitalized || WordSets.Pronouns.Contains(word);
    }

    private static readonly FrozenSet<string> NotSubjects = new[]
    {
        "It", "There", "This", "That", "These", "Those", "What", "Which", "Who", "How", "Why", "When", "Where", "If",
        "As", "While", "After", "Before", "Although", "Though", "Because", "Since", "Despite", "In", "On", "At",
        "During", "Asked", "Earlier", "Later", "Last", "Following", "Unlike", "Like", "With", "Without", "For",
        "From", "By", "Until", "Once", "Over", "Under", "To", "Even", "Not", "Only", "Here", "However", "Or",
        "Maybe", "Perhaps", "Will", "Do", "Does", "Did", "Can", "Should", "Would", "Could", "Is", "Are", "Was",
        "Nothing", "Seriously", "Please",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static AttributionDraft? Before(ArticleDocument doc, int first, int last, SourcePhrase source, int cue)
    {
        if (last < first || ReportedContent.OnlyQuotation(doc, first, last))
            return null;
        return Draft(doc, first, last, source, cue);
    }

    internal static AttributionDraft? Draft(ArticleDocument doc, int first, int last, SourcePhrase source, int cue) =>
        NewDraft(doc, first, last, source, cue);

    /// <summary>Reported content with no source phrase.</summary>
    internal static AttributionDraft? DraftWithoutSource(ArticleDocument doc, int first, int last, int cue) =>
        NewDraft(doc, first, last, null, cue);

    private static AttributionDraft? NewDraft(ArticleDocument doc, int first, int last, SourcePhrase? source, int cue)
    {
        (first, last) = ReportedContent.TrimPunctuation(doc, first, last);
        // With a source, one word is enough when it is a name ("endorsed Clinton", "attacked
        // Machado") or a lone noun object ("declared bankruptcy").
        var oneWordWillDo = source is not null && first == last
            && ((doc.Tokens[first].IsCapitalized && !doc.Tokens[first].InQuote && doc.SentenceStart(first) != first) || LoneNounObject(doc, first, cue));
        if (last < first || (ReportedContent.WordsOutsideQuotes(doc, first, last) < MinContentWords && !oneWordWillDo))
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

    /// <summary>"didn't suggest retaliation", "declared bankruptcy": one lowercase noun right after
    /// a cue that is not a verb of saying, ending the sentence.</summary>
    private static bool LoneNounObject(ArticleDocument doc, int k, int cue)
    {
        var t = doc.Tokens[k];
        return k == cue + 1 && t.IsWord && t.IsLower && !t.InQuote && t.Text.Length > 4 && !CueLexicon.IsSaying(doc.CueWord(cue))
            && !CueLexicon.IsCue(t.Text) && !CueLexicon.IsNounLike(doc.CueWord(cue)) && doc.Tokens[cue].Text is not ("report" or "reports")
            && !WordSets.FunctionWords.Contains(t.Text) && !WordSets.Pronouns.Contains(t.Text) && !WordSets.TimeWords.Contains(t.Text)
            && !WordSets.IsAdverb(t.Text) && !t.Text.EndsWith("ly", StringComparison.Ordinal)
            && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Text is "." && doc.SentenceOf(k + 1) == doc.SentenceOf(k);
    }

    /// <summary>A pronoun, or a source that does not follow a preposition ("of Republican
    /// claims" is a noun phrase; "The Post reports", "a new poll shows" are subject and verb).</summary>
    private static bool NamedSubject(ArticleDocument doc, SourcePhrase source, int first)
    {
        if (source.Form == SourceForm.Pronoun)
            return true;
        // "The minister of the economy, Mr. Guajardo Villarreal, argues": a name set off by commas
        // right before the word makes it a verb.
        if (source.Form == SourceForm.Name && doc.IsPunctAt(source.Last + 1, ",") && doc.IsPunctAt(source.NameFirst - 1, ","))
            return true;
        var before = source.First - 1;
        return before < first || !doc.Tokens[before].IsWord
            || !(WordSets.Affiliations.Contains(doc.Tokens[before].Text) || doc.Tokens[before].Text is "about" or "by" or "on" or "against" or "over");
    }

    /// <summary>"The registration issue was first reported by The Washington Post", "calls to
    /// establish a commission ... were rejected by the Human Rights Council": the agent after "by"
    /// is the source, the subject before the auxiliary the content.</summary>
    private static AttributionDraft? PassiveWithAgent(ArticleDocument doc, int cue, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!doc.IsWordAt(cue + 1, "by") || CueLexicon.TakesListenerObject(tokens[cue].Text))
            return null;
        var agent = SourceFinder.After(doc, cue + 2, end) ?? PatternCues.WholePhrase(doc, cue + 2, end);
        if (agent is null)
            return null;
        // "reported by X that ...": the content is the clause after all.
        for (var k = agent.Last + 1; k < end; k++)
        {
            if (doc.IsWordAt(k, "that"))
                return null;
        }
        // Back over "was first", "is likely to be", "have sometimes been" to the subject's end.
        var subjectEnd = cue - 1;
        while (subjectEnd >= first && tokens[subjectEnd].IsWord && !tokens[subjectEnd].InQuote
               && (WordSets.IsAdverb(tokens[subjectEnd].Text) || WordSets.Auxiliaries.Contains(tokens[subjectEnd].Text)
                   || tokens[subjectEnd].Text is "to" or "likely" or "be" or "been" or "being"))
            subjectEnd--;
        var subjectStart = first;
        while (subjectStart < subjectEnd && (!tokens[subjectStart].IsWord || tokens[subjectStart].Text is "But" or "And" or "So" or "Yet") && !tokens[subjectStart].InQuote)
            subjectStart++;
        if (subjectEnd < subjectStart || subjectEnd - subjectStart > 30)
            return null;
        return Draft(doc, subjectStart, subjectEnd, agent, cue);
    }

    /// <summary>"after she attacked the police and blamed ...": the subject of the nearest cue
    /// before the "and" when it has one of its own, named or a pronoun.</summary>
    private static SourcePhrase? CoordinatedSource(ArticleDocument doc, int and, int first)
    {
        for (var k = and - 1; k > first && and - k <= 15; k--)
        {
            var t = doc.Tokens[k];
            if (t.InQuote || !t.IsWord)
            {
                if (t.Is(";") || t.Is(":"))
                    return null;
                continue;
            }
            if (CueLexicon.IsCue(doc.CueWord(k)))
                return SourceFinder.Before(doc, k, first) is { Form: SourceForm.Name or SourceForm.Pronoun } s ? s : null;
        }
        return null;
    }

    /// <summary>"“...,” he told the group, adding that ...": the source of the nearest cue before
    /// that a quote's tag has taken.</summary>
    private static SourcePhrase? TaggedBefore(ArticleDocument doc, int cue, int first, IDictionary<int, SourcePhrase?> usedCues)
    {
        for (var k = cue - 2; k >= first && cue - k <= 12; k--)
        {
            if (usedCues.TryGetValue(k, out var tagged) && tagged is not null)
                return tagged;
        }
        return null;
    }

    /// <summary>A message noun up to ten words before a participle, with no punctuation between:
    /// "a statement calling", "a letter to the NAACP board of directors urging", "a letter on
    /// Thursday to Senate leaders opposing".</summary>
    private static int? MessageBefore(ArticleDocument doc, int cue, int first)
    {
        for (var k = cue - 1; k >= first && cue - k <= 10; k--)
        {
            var t = doc.Tokens[k];
            if (t.InQuote || !t.IsWord)
                return null;
            if (WordSets.Messages.Contains(t.Text))
                return k;
            if (CueLexicon.IsCue(t.Text))
                return null;
        }
        return null;
    }

    /// <summary>Who sent the message: the subject of the verb before it ("the Security Council
    /// issued a statement").</summary>
    private static SourcePhrase? Sender(ArticleDocument doc, int message, int first)
    {
        var determiner = -1;
        for (var k = message - 1; k > first && message - k <= 4 && doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote; k--)
        {
            if (WordSets.Determiners.Contains(doc.Tokens[k].Text))
                determiner = k;
        }
        var verb = determiner - 1;
        if (determiner < 0 || verb <= first || !doc.Tokens[verb].IsLower || WordSets.FunctionWords.Contains(doc.Tokens[verb].Text))
            return null;
        return SourceFinder.Before(doc, verb, first);
    }

    private static bool IsContractedAuxiliary(string word) =>
        WordSets.Pronouns.Contains(word) && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)
            || word.EndsWith("’re", StringComparison.Ordinal) || word.EndsWith("'re", StringComparison.Ordinal));

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
            if (!WordSets.IsAdverb(w))
                return false;
        }
        return false;
    }

    private static bool NothingAfter(ArticleDocument doc, int cue, int end)
    {
        var k = cue + 1;
        while (k < end && doc.Tokens[k].IsWord && WordSets.TimeWords.Contains(doc.Tokens[k].Text))
            k++;
        return k >= end || !doc.Tokens[k].IsWord;
    }

    private static readonly FrozenSet<string> AdjunctOpeners = new[]
    {
        "in", "on", "at", "during", "as", "when", "while", "after", "before", "via", "through", "outside", "inside",
        "without", "upon", "following", "since", "until", "because", "from",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether what follows the cue (past a listener for "told") is one adjunct phrase
    /// of time, place or manner up to the sentence's end, with no "that" clause in it.</summary>
    private static bool OnlyAdjunctAfter(ArticleDocument doc, int cue, int end)
    {
        var tokens = doc.Tokens;
        var k = cue + 1;
        if (CueLexicon.TakesListenerObject(tokens[cue].Text) && k < end && tokens[k].IsWord && !tokens[k].InQuote)
        {
            if (tokens[k].Text is "him" or "her" or "them" or "me" or "us" or "reporters")
                k++;
            else if (SourceFinder.After(doc, k, end) is { } listener)
                k = listener.Last + 1;
        }
        while (k < end && tokens[k].IsWord && WordSets.TimeWords.Contains(tokens[k].Text))
            k++;
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote || !AdjunctOpeners.Contains(tokens[k].Text))
            return false;
        for (var j = k + 1; j < end; j++)
        {
            var t = tokens[j];
            if (t.InQuote || t.Is(";") || t.Is(":") || (t.IsWord && t.Text == "that"))
                return false;
        }
        return true;
    }

    /// <summary>The last token of a prepositional modifier that runs from <paramref name="k"/> to
    /// the sentence's end ("in the room", "familiar with the talks"), or null.</summary>
    private static int? ModifierToEnd(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("in" or "at" or "of" or "for" or "from" or "with" or "on" or "familiar" or "close"))
            return null;
        var last = k;
        for (var j = k + 1; j < end && j - k <= 10; j++)
        {
            var t = tokens[j];
            if (t.InQuote || (t.IsWord && (CueLexicon.IsCue(t.Text) || t.Text is "that" or "who" or "which")))
                return null;
            if (!t.IsWord)
                return t.Text is "." or "!" or "?" && j == end - 1 ? last : null;
            last = j;
        }
        return last == end - 1 ? last : null;
    }

    /// <summary>"Health worries have dogged her", "Republican advocates such as": a verb is not
    /// followed by an auxiliary, so a word that may be a plural noun is one here.</summary>
    private static bool NounFollows(ArticleDocument doc, int cue, int end) =>
        cue + 1 < end && doc.Tokens[cue + 1].IsWord && !doc.Tokens[cue + 1].InQuote
        && (WordSets.Auxiliaries.Contains(doc.Tokens[cue + 1].Text) || doc.Tokens[cue + 1].Text is "such" or "face" or "remain" or "continue");

    /// <summary>"Stumpf appeared to blame", "he has yet to explain", "He was able to tout", "who
    /// had to reject": an infinitive cue after a verb or adjective that shares its subject.</summary>
    private static SourcePhrase? ControllerOfInfinitive(ArticleDocument doc, int cue, int first)
    {
        var to = cue - 1;
        if (!doc.IsWordAt(to, "to") || to - 1 < first || !doc.Tokens[to - 1].IsWord || doc.Tokens[to - 1].InQuote
            || !SubjectSharing.Contains(doc.Tokens[to - 1].Text))
            return null;
        return SourceFinder.Before(doc, to - 1, first) is { Form: SourceForm.Name or SourceForm.Pronoun } s ? s
            : doc.Tokens[to - 1].Text is "had" or "has" or "have" && SourceFinder.Before(doc, to - 1, first) is { } any ? any : null;
    }

    private static readonly FrozenSet<string> GerundTakers = new[]
    {
        "avoid", "avoids", "avoided", "avoiding", "stop", "stops", "stopped", "keep", "keeps", "kept", "began", "begins",
        "started", "starts", "quit", "resumed", "resumes", "finished", "risked", "risks", "considered", "considers",
        "recalled", "recalls", "denied", "denies", "admitted", "admits", "mind", "minds", "enjoyed", "enjoys",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SubjectSharing = new[]
    {
        "appeared", "appears", "appear", "tried", "tries", "try", "trying", "able", "unable", "yet", "had", "has", "have",
        "came", "comes", "went", "began", "begins", "begin", "decided", "decides", "chose", "chooses", "moved", "moves",
        "managed", "manages", "failed", "fails", "sought", "seeks", "attempted", "attempts", "rushed", "hastened",
        "proceeded", "dared", "needs", "needed", "used", "started", "starts", "tends", "tended", "happened", "continues",
        "continued", "seemed", "seems",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The subject of an absolute "with" clause: one to four words between "with" and
    /// the participle, none of them punctuation, quoted or a function word.</summary>
    private static SourcePhrase? WithSubject(ArticleDocument doc, int cue, int first)
    {
        var tokens = doc.Tokens;
        for (var k = cue - 1; k >= first && cue - k <= 5; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote)
                return null;
            if (t.Text is "with" or "With")
                return k < cue - 1 ? SourceFinder.After(doc, k + 1, cue) ?? new SourcePhrase(k + 1, cue - 1, SourceForm.Unnamed, k + 1, cue - 1) : null;
            if (WordSets.FunctionWords.Contains(t.Text) || CueLexicon.IsCue(t.Text))
                return null;
        }
        return null;
    }

    /// <summary>The words from the last comma to the cue, when they open with a determiner and
    /// hold no quote, verb or clause.</summary>
    private static SourcePhrase? ClosingSource(ArticleDocument doc, int cue, int first)
    {
        var tokens = doc.Tokens;
        var last = cue - 1;
        while (last > first && tokens[last].IsWord && WordSets.IsAdverb(tokens[last].Text))
            last--;
        for (var k = last; k > first && cue - k <= 16; k--)
        {
            var t = tokens[k];
            if (t.InQuote)
                return null;
            if (t.Is(","))
            {
                var start = k + 1;
                if (start >= last || k - 1 <= first || !WordSets.Determiners.Contains(tokens[start].Text))
                    return null;
                return new SourcePhrase(start, last, SourceForm.Unnamed, start, last);
            }
            if (!t.IsWord || (CueLexicon.IsCue(t.Text) && !CueLexicon.IsNounLike(t.Text)) || WordSets.Auxiliaries.Contains(t.Text) || t.Text is "who" or "which" or "and" or "but")
                return null;
        }
        return null;
    }

    /// <summary>"The poll shows that", "polls show a tight race", "cities that support the
    /// regulations": after an unnamed subject, a word that may be a plural noun is a verb only
    /// before its object or clause ("The plan has broad support among voters" is a noun).</summary>
    private static bool ObjectFollows(ArticleDocument doc, int cue, int end)
    {
        // "..., a new poll shows.": a cue that closes the sentence has its content before it.
        var k = cue + 1;
        if (k >= end || !doc.Tokens[k].IsWord)
            return k >= end || doc.Tokens[k].Text is "." or "!" or "?";
        var w = doc.Tokens[k].Text;
        return doc.Tokens[k].InQuote || w is "that" or "him" or "her" or "them" or "it" or "us" or "me" or "what" or "how" or "why" or "whether" or "to" or "for" or "against"
            || WordSets.Determiners.Contains(w) || WordSets.Pronouns.Contains(w) || doc.Tokens[k].IsCapitalized || char.IsDigit(w[0]);
    }

    /// <summary>Whether the topic ("about", "of", "on") follows a verb of speaking, past words of
    /// manner or time and a listener ("spoke emotionally of", "spoke out Tuesday about", "spoke to
    /// him about"); "spoke for about five minutes" has none.</summary>
    private static bool TopicAfter(ArticleDocument doc, int cue, int end)
    {
        var tokens = doc.Tokens;
        var k = cue + 1;
        while (k < end && tokens[k].IsWord && !tokens[k].InQuote
               && (WordSets.IsAdverb(tokens[k].Text) || WordSets.TimeWords.Contains(tokens[k].Text) || tokens[k].Text is "out" or "more" or "most" or "less"))
            k++;
        // "in public", "in private".
        if (k + 1 < end && doc.IsWordAt(k, "in") && doc.IsWordAt(k + 1, "public") | doc.IsWordAt(k + 1, "private"))
            k += 2;
        if (k + 1 < end && tokens[k].IsWord && tokens[k].Text is "to" or "with")
        {
            k++;
            while (k < end && tokens[k].IsWord && !tokens[k].InQuote && k - cue <= 6
                   && (tokens[k].IsCapitalized || tokens[k].Text is "him" or "her" or "them" or "me" or "us" or "reporters"))
                k++;
        }
        return k < end && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "about" or "of" or "on";
    }

    private static bool RestIsEnd(ArticleDocument doc, int k, int end) => k >= end || doc.Tokens[k].Is(".") || doc.Tokens[k].Is(",");

}
