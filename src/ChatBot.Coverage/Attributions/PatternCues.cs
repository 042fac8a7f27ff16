using System.Collections.Frozen;
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

    /// <summary>"In this poll, Trump rose 1 point", "In the previous Post/ABC News poll, conducted
    /// in early September, Clinton led by 5 points": a poll named in a sentence-opening phrase is
    /// the source of the clause after its comma.</summary>
    internal static AttributionDraft? InPoll(ArticleDocument doc, int at, int first, int end)
    {
        var tokens = doc.Tokens;
        if (at != first || tokens[at].Text != "In")
            return null;
        var poll = -1;
        var comma = -1;
        for (var k = at + 1; k < end && k - at <= 25; k++)
        {
            if (tokens[k].InQuote || tokens[k].Is(".") || tokens[k].Is(";") || tokens[k].Is(":"))
                return null;
            if (tokens[k].IsWord && tokens[k].Text is "poll" or "polls" or "survey" or "surveys")
                poll = k;
            if (tokens[k].Is(","))
            {
                comma = k;
                break;
            }
        }
        if (poll < 0 || comma < 0)
            return null;
        var sourceLast = comma - 1;
        // ", conducted in early September,": a modifier of the poll.
        var start = comma + 1;
        if (start < end && tokens[start].IsWord && tokens[start].IsLower && tokens[start].Text.EndsWith("ed", StringComparison.Ordinal))
        {
            var close = start + 1;
            while (close < end && close - start <= 12 && !tokens[close].Is(","))
                close++;
            if (close >= end || close - start > 12)
                return null;
            start = close + 1;
        }
        if (start + 2 >= end)
            return null;
        var draft = ReportedSpeechFinder.Draft(doc, start, end - 1, new SourcePhrase(at + 1, sourceLast, SourceForm.Unnamed, at + 1, sourceLast), at);
        return draft;
    }

    /// <summary>Nouns of saying, thinking and intending that take the holder as a possessive.</summary>
    private static readonly FrozenSet<string> StanceNouns = new[]
    {
        "claim", "claims", "decision", "view", "views", "promise", "promises", "determination", "announcement",
        "conclusion", "theory", "threat", "refusal", "comments", "comment", "remarks", "idea", "ideas", "argument",
        "belief", "insistence", "effort", "efforts", "proposal", "vow", "pledge", "call", "calls", "demand",
        "demands", "accusation", "accusations", "assertion", "suggestion", "warning", "warnings", "concern",
        "concerns", "fears", "hopes", "position", "stance", "opinion", "desire", "intention", "goal", "bid",
        "attempt", "push", "request", "complaint", "admission", "assessment", "contention", "prediction",
        "plan", "plans", "vision", "case", "criticism", "support", "opposition", "rejection", "denial",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"his claim that people would learn nothing", "Nervo's conclusion that judges ...",
    /// "his determination to act alone": a stance noun after a possessive holder, with its clause
    /// or its "to", "of", "about", "on", "for" phrase as the content.</summary>
    internal static AttributionDraft? PossessiveStance(ArticleDocument doc, int noun, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!StanceNouns.Contains(tokens[noun].Text) || noun + 2 >= end)
            return null;
        var next = tokens[noun + 1];
        if (!next.IsWord || next.InQuote || next.Text is not ("that" or "to" or "of" or "about" or "on" or "for"))
            return null;
        // The holder: right before the noun, or before one modifier ("his veto threat", "Trump's latest effort").
        var holder = noun - 1;
        if (holder >= first && tokens[holder].IsLower && !tokens[holder].IsPossessive && !IsPossessivePronoun(tokens[holder].Text))
            holder--;
        if (holder < first || tokens[holder].InQuote || !tokens[holder].IsWord)
            return null;
        SourcePhrase? source = null;
        if (IsPossessivePronoun(tokens[holder].Text))
            source = SourcePhrase.Pronoun(holder);
        else if (tokens[holder].IsPossessive && tokens[holder].IsCapitalized)
        {
            var start = SourceFinder.CapitalRunStart(doc, holder, first);
            if (start >= 0 && NameReading.Read(SourceFinder.Words(doc, start, holder)).Kind != NameKind.None)
                source = new SourcePhrase(start, holder, SourceForm.Name, start, holder);
        }
        if (source is null)
            return null;
        // "efforts to a big turnout push", "remarks on Saturday": a preposition, not content.
        var after = tokens[noun + 2];
        if (!after.IsWord || after.InQuote || (next.Text == "to" && (!after.IsLower || WordSets.Determiners.Contains(after.Text)))
            || WordSets.TimeWords.Contains(after.Text))
            return null;
        var from = next.Text is "that" or "to" ? noun + 1 : noun + 2;
        // A "that" clause runs to the punctuation; a phrase ends where the sentence's verb begins
        // ("Kadzik's refusal to answer fully did not go over well").
        var clause = next.Text == "that";
        var last = from;
        for (var k = from; k < end; k++)
        {
            var t = tokens[k];
            if (!t.InQuote && k > from && ((!t.IsWord && t.Text is "," or ";" or ":" or "―" or "—" or "(")
                || (!clause && t.IsWord && k > from + 1 && WordSets.Auxiliaries.Contains(t.Text))))
                break;
            last = k;
        }
        var draft = ReportedSpeechFinder.Draft(doc, from, last, source, noun);
        return draft;
    }

    /// <summary>Verbs that say something only with a stance noun: "made the case for",
    /// "raised questions about", "took aim at", "threw its support behind".</summary>
    private static readonly FrozenSet<string> LightVerbs = new[]
    {
        "make", "made", "makes", "making", "raise", "raised", "raises", "raising", "express", "expressed", "expresses",
        "expressing", "take", "took", "takes", "taking", "voice", "voiced", "voices", "voicing", "draw", "drew", "draws",
        "sound", "sounded", "sounds", "throw", "threw", "throws", "throwing", "lodge", "lodged", "level", "leveled",
        "levelled", "put", "puts", "give", "gave", "gives", "offer", "offered", "offers", "go", "goes", "went", "going",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LightObjects = new[]
    {
        "case", "secret", "point", "condemnation", "comment", "comments", "remark", "remarks", "question", "questions",
        "concern", "concerns", "doubt", "doubts", "misgivings", "outrage", "offense", "offence", "issue", "heat",
        "call", "calls", "support", "criticism", "objection", "objections", "warning", "warnings", "fun", "plea",
        "appeal", "pitch", "argument", "promise", "pledge", "vow", "charge", "charges", "accusation", "accusations",
        "complaint", "complaints", "threat", "threats", "praise", "tribute", "exception", "aim", "swipe", "swipes",
        "shot", "shots", "jab", "jabs", "stand", "clear", "assurances", "endorsement", "opposition", "dismay", "alarm",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LightPrepositions = new[]
    {
        "about", "over", "on", "of", "for", "with", "at", "against", "behind", "to", "that", "after",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"Trump took aim at the media", "Ham made it clear he had misgivings", "Hillary
    /// Clinton goes after Donald Trump": a light verb with a stance noun, its subject the source
    /// and what follows the preposition the content.</summary>
    internal static AttributionDraft? LightVerb(ArticleDocument doc, int verb, int first, int end)
    {
        var tokens = doc.Tokens;
        if (!LightVerbs.Contains(tokens[verb].Text))
            return null;
        var k = verb + 1;
        var noun = -1;
        // "went after", "goes after": the preposition alone.
        if (tokens[verb].Text is "go" or "goes" or "went" or "going")
        {
            if (!doc.IsWordAt(k, "after"))
                return null;
        }
        else
        {
            for (; k < end && k - verb <= 4; k++)
            {
                var t = tokens[k];
                if (!t.IsWord || t.InQuote)
                    return null;
                if (LightObjects.Contains(t.Text))
                {
                    noun = k;
                    break;
                }
            }
            if (noun < 0)
                return null;
            k = noun + 1;
        }
        var clear = noun >= 0 && tokens[noun].Text == "clear";
        // "made the remarks at a conference": "at" gives a target only to aim, swipes, shots and offense.
        if (noun >= 0 && doc.IsWordAt(k, "at") && tokens[noun].Text is not ("aim" or "swipe" or "swipes" or "shot" or "shots" or "jab" or "jabs" or "fun" or "offense" or "offence"))
            return null;
        if (k >= end || !tokens[k].IsWord || tokens[k].InQuote || (!LightPrepositions.Contains(tokens[k].Text) && !clear))
            return null;
        var from = clear && tokens[k].Text != "that" ? k : k + 1;
        if (from >= end)
            return null;
        var source = SourceFinder.Before(doc, verb, first);
        if (source is null)
            return null;
        var last = from;
        for (var j = from; j < end; j++)
        {
            if (!tokens[j].InQuote && j > from && ReportedContent.EndsContent(doc, j, end, clear || tokens[k].Text == "that"))
                break;
            last = j;
        }
        if (ReportedContent.OnlyQuotation(doc, from, last))
            return null;
        return ReportedSpeechFinder.Draft(doc, from, last, source, verb);
    }

    private static bool IsPossessivePronoun(string word) => word is "his" or "her" or "their" or "its" or "His" or "Her" or "Their" or "Its";

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
