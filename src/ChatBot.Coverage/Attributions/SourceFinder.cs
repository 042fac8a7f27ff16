using System.Collections.Frozen;
using ChatBot.Coverage.People;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Finds the source phrase next to a cue by walking tokens: backwards from "said" for
/// "Trump said", forwards for "said Trump" and "”, Trump said". Token walks, not regexes, so the
/// cost is linear and the rules stay readable. Never crosses quotation marks or the sentence.
/// </summary>
internal static class SourceFinder
{
    private const int MaxNameWords = 8;

    /// <summary>The subject right before token <paramref name="cue"/>, not before <paramref name="limit"/>.</summary>
    public static SourcePhrase? Before(ArticleDocument doc, int cue, int limit)
    {
        var tokens = doc.Tokens;
        var j = cue - 1;
        // Step over adverbs and a time between source and cue: "Sanders on Tuesday said".
        while (j >= limit && tokens[j].IsWord && !tokens[j].InQuote
               && (WordSets.IsAdverb(tokens[j].Text) || WordSets.TimeWords.Contains(tokens[j].Text)
                   || (tokens[j].Text is "on" or "last" or "this" && j + 1 < cue && WordSets.TimeWords.Contains(tokens[j + 1].Text))
                   || (char.IsDigit(tokens[j].Text[0]) && j - 1 >= limit && doc.IsWordAt(j - 1, "in"))
                   || (tokens[j].Text == "in" && j + 1 < cue && char.IsDigit(tokens[j + 1].Text[0]))
                   || tokens[j].Text is "all" or "both" or "each" or "themselves" or "himself" or "herself" or "itself"))
            j--;
        if (j < limit || tokens[j].InQuote)
            return null;
        var t = tokens[j];
        if (t.IsWord && WordSets.Pronouns.Contains(t.Text))
            return SourcePhrase.Pronoun(j);
        // "..., who said": the name before; "an architect who said": an unnamed source.
        if (t.IsWord && t.Text == "who" && j - 2 >= limit && tokens[j - 1].Is(",") && tokens[j - 2].IsCapitalized)
        {
            var nameStart = CapitalRunStart(doc, j - 2, limit);
            return nameStart < 0 ? null : new SourcePhrase(j, j, SourceForm.Name, nameStart, j - 2);
        }
        // "an architect who said", "..., now the majority leader, who said": the relative pronoun.
        if (t.IsWord && t.Text == "who" && j - 1 >= limit && (tokens[j - 1].IsLower || tokens[j - 1].Is(",")))
            return new SourcePhrase(j, j, SourceForm.Unnamed, j, j);
        // "the European Union, which contended", "the AP, which first reported": an organisation
        // named before the comma.
        // An unknown name ("the AP, which first reported") leaves the relative pronoun as an
        // unnamed source, below.
        if (t.IsWord && t.Text == "which" && j - 2 >= limit && tokens[j - 1].Is(",") && tokens[j - 2].IsCapitalized && !tokens[j - 2].InQuote)
        {
            var nameStart = CapitalRunStart(doc, j - 2, limit);
            if (nameStart >= 0 && NameReading.Read(Words(doc, nameStart, j - 2)).Kind != NameKind.None)
                return new SourcePhrase(j, j, SourceForm.Name, nameStart, j - 2);
        }
        // "the Saudi government, which has strongly denied", "a super PAC that intends to",
        // "many of whom say": a relative pronoun after a noun speaks for it.
        if (t.IsWord && t.Text is "which" or "that" && j - 1 >= limit && !tokens[j - 1].InQuote
            && (tokens[j - 1].Is(",") || (tokens[j - 1].IsWord && !WordSets.FunctionWords.Contains(tokens[j - 1].Text)
                && !WordSets.Determiners.Contains(tokens[j - 1].Text) && !CueLexicon.IsCue(tokens[j - 1].Text) && !WordSets.IsAdverb(tokens[j - 1].Text))))
            return new SourcePhrase(j, j, SourceForm.Unnamed, j, j);
        if (t.IsWord && t.Text == "whom" && j - 2 >= limit && doc.IsWordAt(j - 1, "of") && tokens[j - 2].IsWord && !tokens[j - 2].InQuote)
            return new SourcePhrase(j - 2, j, SourceForm.Unnamed, j - 2, j);
        if (t.Is(")"))
        {
            // "Rep. Gwen Moore (D-Wis.) said": step over the party and state.
            var open = j - 1;
            while (open > limit && j - open < 8 && !tokens[open].Is("("))
                open--;
            if (open <= limit || !tokens[open].Is("(") || !tokens[open - 1].IsCapitalized)
                return null;
            var before = Before(doc, open, limit);
            return before is { Form: SourceForm.Name } ? before with { Last = j } : null;
        }
        if (t.Is(","))
            return Appositive(doc, j, limit);
        // "The film ― which weaves together ... ― explains", "Kall -- co-editor of ... --
        // said": the source before the dashes.
        if (t.Is("―") || t.Is("—") || t.Is("–") || (t.Is("-") && j - 1 > limit && tokens[j - 1].Is("-")))
        {
            var dash = t.Text;
            var close = dash == "-" ? j - 1 : j;
            for (var k = close - 2; k > limit && close - k <= 40; k--)
            {
                if (tokens[k].Is(".") || tokens[k].Is(";"))
                    return null;
                if (tokens[k].Text == dash && !tokens[k].InQuote && (dash != "-" || tokens[k - 1].Is("-")))
                {
                    var open = dash == "-" ? k - 1 : k;
                    return Before(doc, open, limit) is { Form: not SourceForm.Pronoun } head ? head with { Last = j - 1 } : null;
                }
            }
            return null;
        }
        if (t.IsCapitalized && !t.IsPossessive)
        {
            var start = CapitalRunStart(doc, j, limit);
            // "Video shows", "Experts say" opening a sentence: a common noun, not a name.
            if (start < 0)
                return j == limit && WordSets.SourceNouns.Contains(t.Text.ToLowerInvariant()) ? new SourcePhrase(j, j, SourceForm.Unnamed, j, j) : null;
            // "Officials said" at a sentence's start: a common noun, not a name.
            if (start == j && WordSets.SourceNouns.Contains(t.Text.ToLowerInvariant()))
                return new SourcePhrase(j, j, SourceForm.Unnamed, j, j);
            // "a spokesman for Clinton": the affiliation belongs to an unnamed source.
            if (start - 2 >= limit && tokens[start - 1].IsWord && WordSets.Affiliations.Contains(tokens[start - 1].Text)
                && UnnamedBefore(doc, start - 2, limit) is int unnamedStart)
                return new SourcePhrase(unnamedStart, j, SourceForm.Unnamed, start, j);
            var first = start > limit && tokens[start - 1].IsWord && tokens[start - 1].Text is "the" or "The" ? start - 1 : start;
            return new SourcePhrase(first, j, SourceForm.Name, first, j);
        }
        if (t.IsLower && WordSets.SourceNouns.Contains(t.Text) && UnnamedBefore(doc, j, limit) is int s)
        {
            // "Attorneys for the family said": the family is the attorneys' affiliation.
            if (s - 1 > limit && tokens[s - 1].IsWord && SubjectPrepositions.Contains(tokens[s - 1].Text)
                && WithPrepositionalPhrase(doc, j, limit) is { } longer)
                return longer;
            return new SourcePhrase(s, j, SourceForm.Unnamed, s, j);
        }
        if (t.IsLower && DeterminerPhraseStart(doc, j, limit) is int d)
            return new SourcePhrase(d, j, SourceForm.Unnamed, d, j);
        // "World leaders and diplomats expressed": the first of two coordinated heads decides.
        if (t.IsLower && j - 2 >= limit && doc.IsWordAt(j - 1, "and") && WordSets.SourceNouns.Contains(t.Text)
            && Before(doc, j - 1, limit) is { Form: not SourceForm.Pronoun } left && AtClauseStart(doc, left.First, limit))
            return left with { Last = j };
        return WithPrepositionalPhrase(doc, j, limit);
    }

    private static readonly FrozenSet<string> SubjectPrepositions = new[]
    {
        "of", "in", "for", "from", "at", "with", "on", "across", "inside", "outside", "within", "representing", "to",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"attorneys for the family said", "Experts on North Korea said", "one GOP source in
    /// the room said": a source whose head has a prepositional phrase after it. The head decides:
    /// a source noun gives an unnamed source, a name a named one.</summary>
    private static SourcePhrase? WithPrepositionalPhrase(ArticleDocument doc, int last, int limit)
    {
        var tokens = doc.Tokens;
        if (WordSets.Determiners.Contains(tokens[last].Text) || WordSets.FunctionWords.Contains(tokens[last].Text))
            return null;
        for (var p = last - 1; p > limit && last - p <= 8; p--)
        {
            var t = tokens[p];
            if (t.InQuote || !t.IsWord || CueLexicon.IsCue(t.Text) || t.Text is "that" or "which" or "who" or "is" or "was" or "are" or "were" or "but")
                return null;
            if (!SubjectPrepositions.Contains(t.Text))
                continue;
            var head = p - 1;
            // "people familiar with the talks said", "Those close to him say".
            if (head - 1 >= limit && tokens[head].IsWord && tokens[head].Text is "familiar" or "close" or "loyal" or "opposed" or "allied"
                && tokens[head - 1].IsWord && (WordSets.SourceNouns.Contains(tokens[head - 1].Text.ToLowerInvariant()) || tokens[head - 1].Text is "Those" or "those")
                && AtClauseStart(doc, head - 1, limit))
                return new SourcePhrase(head - 1, last, SourceForm.Unnamed, head - 1, last);
            var h = tokens[head];
            if (!h.IsWord || h.InQuote)
                return null;
            if (h.IsLower && WordSets.SourceNouns.Contains(h.Text) && UnnamedBefore(doc, head, limit) is int start && AtClauseStart(doc, start, limit))
                return new SourcePhrase(start, last, SourceForm.Unnamed, start, last);
            // "Experts on North Korea said": a source noun opening the sentence.
            if (head == limit && h.IsCapitalized && WordSets.SourceNouns.Contains(h.Text.ToLowerInvariant()))
                return new SourcePhrase(head, last, SourceForm.Unnamed, head, last);
            if (h.IsCapitalized && !h.IsPossessive && !NameWords.IsNotName(h.Text))
            {
                var nameStart = CapitalRunStart(doc, head, limit);
                if (nameStart < 0 || !AtClauseStart(doc, nameStart, limit) || NameReading.Read(Words(doc, nameStart, head)).Kind == NameKind.None)
                    return null;
                var first = nameStart > limit && tokens[nameStart - 1].IsWord && tokens[nameStart - 1].Text is "the" or "The" ? nameStart - 1 : nameStart;
                return new SourcePhrase(first, last, SourceForm.Name, nameStart, head);
            }
            // "attorneys for the family of the victim": an earlier preposition may hold the head.
            if (h.IsLower && !WordSets.SourceNouns.Contains(h.Text))
                continue;
            return null;
        }
        return null;
    }

    /// <summary>Whether a subject can start at token <paramref name="k"/>: at the sentence's start,
    /// after punctuation or after a conjunction, not after a verb ("to make a comment that").</summary>
    private static bool AtClauseStart(ArticleDocument doc, int k, int limit)
    {
        if (k <= limit)
            return true;
        var before = doc.Tokens[k - 1];
        if (!before.IsWord)
            return true;
        return before.Text is "and" or "but" or "or" or "that" or "because" or "while" or "when" or "as" or "if" or "so"
            or "though" or "although" or "since" or "after" or "before" or "where" or "whereas" or "yet" or "But" or "And";
    }

    /// <summary>"The bank said", "the New York businessman said": a short phrase opened by a
    /// determiner right before the cue, whatever its head noun.</summary>
    private static int? DeterminerPhraseStart(ArticleDocument doc, int head, int limit)
    {
        var tokens = doc.Tokens;
        if (head == limit || WordSets.IsAdverb(tokens[head].Text) || WordSets.FunctionWords.Contains(tokens[head].Text))
            return null;
        for (var k = head - 1; k >= limit && head - k <= 5; k--)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord || CueLexicon.IsCue(t.Text) || t.Text is "and" or "but" or "or" or "that" or "which" or "who" or "to" or "is" or "was")
                return null;
            if ((WordSets.Determiners.Contains(t.Text) && t.Text is not ("that" or "this" or "these" or "those" or "no")) || char.IsDigit(t.Text[0])
                || WordSets.NumberWords.Contains(t.Text.ToLowerInvariant()))
            {
                // "Another 19 percent": a number after a determiner.
                if (k - 1 >= limit && tokens[k - 1].IsWord && (WordSets.Determiners.Contains(tokens[k - 1].Text) || char.IsDigit(tokens[k - 1].Text[0])))
                    continue;
                return AtClauseStart(doc, k, limit) ? k : null;
            }
            // "Connecticut’s tax commissioner": a possessive opens the phrase too.
            if (t.IsPossessive && t.IsCapitalized)
                return AtClauseStart(doc, k, limit) ? k : null;
            // "Polling averages show": a short bare plural phrase opening the sentence.
            if (k == limit && head - k <= 2 && tokens[head].Text.EndsWith('s'))
                return k;
        }
        return null;
    }

    /// <summary>A source starting at token <paramref name="from"/> ("Trump", "the Kremlin",
    /// "a senior official", "campaign manager Kellyanne Conway"), ending before <paramref name="limit"/>.</summary>
    public static SourcePhrase? After(ArticleDocument doc, int from, int limit)
    {
        var tokens = doc.Tokens;
        if (from >= limit || tokens[from].InQuote || !tokens[from].IsWord)
            return null;
        var t = tokens[from];
        if (WordSets.Pronouns.Contains(t.Text))
            return SourcePhrase.Pronoun(from);
        // "9/11 widow Terry Strada": a number opening the description.
        if (char.IsDigit(t.Text[0]))
        {
            for (var k = from + 1; k < limit && k - from <= 3; k++)
            {
                if (tokens[k].IsWord && char.IsLetter(tokens[k].Text[0]))
                    return After(doc, k, limit) is { Form: SourceForm.Name } named ? named with { First = from } : null;
            }
            return null;
        }
        if (t.IsCapitalized && !WordSets.Determiners.Contains(t.Text))
        {
            var nameFirst = from;
            var end = CapitalRunEnd(doc, from, limit);
            // "NBC’s Dante Chinni": the name after the possessive.
            if (tokens[end].IsPossessive && end + 1 < limit && tokens[end + 1].IsCapitalized && !tokens[end + 1].InQuote)
            {
                nameFirst = end + 1;
                end = CapitalRunEnd(doc, end + 1, limit);
            }
            // "Tulsa police Chief Chuck Jordan", "Trump’s campaign manager Kellyanne Conway".
            var k = end + 1;
            while (k < limit && k - end <= 3 && IsRoleWord(tokens[k]))
                k++;
            if (k > end + 1 && k < limit && tokens[k].IsCapitalized && !tokens[k].InQuote && !NameWords.IsNotName(tokens[k].Text))
            {
                nameFirst = k;
                end = CapitalRunEnd(doc, k, limit);
            }
            else if (tokens[end].IsPossessive && k > end + 1)
            {
                // "Scott's relatives", "Trump’s campaign": the possessor is not the source.
                return new SourcePhrase(from, k - 1, SourceForm.Unnamed, from, k - 1);
            }
            if (NameReading.Read(Words(doc, nameFirst, end)).Kind == NameKind.None)
                return null;
            return new SourcePhrase(from, Affiliation(doc, Parenthetical(doc, end, limit), limit), SourceForm.Name, nameFirst, end);
        }
        if (WordSets.Determiners.Contains(t.Text))
        {
            // "the Kremlin", "the Clinton campaign", "a senior administration official".
            if (from + 1 < limit && tokens[from + 1].IsCapitalized)
            {
                var end = CapitalRunEnd(doc, from + 1, limit);
                if (end + 1 < limit && tokens[end + 1].IsLower && WordSets.SourceNouns.Contains(tokens[end + 1].Text))
                    return new SourcePhrase(from, end + 1, SourceForm.Unnamed, from + 1, end);
                return SourcePhrase.Named(from, end);
            }
            var head = -1;
            for (var k = from + 1; k < limit && k <= from + 5 && tokens[k].IsWord && !tokens[k].InQuote; k++)
            {
                if (CueLexicon.IsCue(tokens[k].Text))
                    break;
                if (WordSets.SourceNouns.Contains(tokens[k].Text))
                    head = k;
            }
            return head < 0 ? null : Affiliated(doc, from, head, limit);
        }
        if (t.IsLower && !CueLexicon.IsCue(t.Text))
        {
            // "officials", "campaign manager Kellyanne Conway", "retired Air Force general Lloyd Newton".
            for (var k = from; k < limit && k <= from + 3 && tokens[k].IsWord && !tokens[k].InQuote; k++)
            {
                if (!tokens[k].IsCapitalized && !IsRoleWord(tokens[k]))
                    break; // "when Clinton blasted him": a clause, not a role
                if (tokens[k].IsCapitalized)
                {
                    var named = After(doc, k, limit);
                    return named is { Form: SourceForm.Name } ? named with { First = from } : null;
                }
                if (CueLexicon.IsCue(tokens[k].Text) || WordSets.IsAdverb(tokens[k].Text))
                    break;
            }
            if (WordSets.SourceNouns.Contains(t.Text))
                return Affiliated(doc, from, from, limit);
        }
        return null;
    }

    /// <summary>Extends a name over its affiliation: "Mr. Morgan of the Sierra Club".</summary>
    private static int Affiliation(ArticleDocument doc, int end, int limit)
    {
        var tokens = doc.Tokens;
        if (end + 2 >= limit || !tokens[end + 1].IsWord || tokens[end + 1].Text is not ("of" or "for" or "at" or "with" or "from"))
            return end;
        var k = end + 2;
        if (tokens[k].IsWord && tokens[k].Text == "the")
            k++;
        return k < limit && tokens[k].IsCapitalized && !tokens[k].InQuote ? CapitalRunEnd(doc, k, limit) : end;
    }

    /// <summary>Extends a name over a following "(D-Wis.)".</summary>
    private static int Parenthetical(ArticleDocument doc, int end, int limit)
    {
        var tokens = doc.Tokens;
        if (end + 1 >= limit || !tokens[end + 1].Is("("))
            return end;
        for (var k = end + 2; k < limit && k - end < 8; k++)
        {
            if (tokens[k].Is(")"))
                return k;
        }
        return end;
    }

    /// <summary>A lowercase word of a role between names: "police", "campaign", "manager".</summary>
    private static bool IsRoleWord(Sentences.Token t) =>
        t.IsLower && !t.InQuote && !CueLexicon.IsCue(t.Text) && !WordSets.IsAdverb(t.Text) && !WordSets.Determiners.Contains(t.Text)
        && !WordSets.Affiliations.Contains(t.Text) && !WordSets.FunctionWords.Contains(t.Text) && t.Text is not ("and" or "but" or "or" or "who" or "which" or "is" or "was" or "are" or "were");

    /// <summary>The words of tokens [first, last].</summary>
    public static List<string> Words(ArticleDocument doc, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            if (doc.Tokens[k].IsWord)
                words.Add(doc.Tokens[k].Text);
        }
        return words;
    }

    /// <summary>Start of the capitalised run ending at <paramref name="end"/>, allowing "of" inside
    /// ("Secretary of State John Kerry"); -1 when it is only sentence openers.</summary>
    public static int CapitalRunStart(ArticleDocument doc, int end, int limit)
    {
        var tokens = doc.Tokens;
        var k = end;
        while (k - 1 >= limit && end - k < MaxNameWords)
        {
            var prev = tokens[k - 1];
            if (prev.InQuote || prev.IsPossessive)
                break;
            if (prev.IsCapitalized)
                k--;
            else if (prev.IsWord && prev.Text is "of" or "de" or "van" or "von" or "al" && k - 2 >= limit && tokens[k - 2].IsCapitalized)
                k--;
            else
                break;
        }
        while (k <= end && NameWords.IsNotName(tokens[k].Text))
            k++;
        return k <= end ? k : -1;
    }

    public static int CapitalRunEnd(ArticleDocument doc, int start, int limit)
    {
        var tokens = doc.Tokens;
        var k = start;
        while (k + 1 < limit && k - start < MaxNameWords)
        {
            var next = tokens[k + 1];
            if (next.InQuote || tokens[k].IsPossessive)
                break;
            if (next.IsCapitalized && !NameWords.IsNotName(next.Text))
                k++;
            else if (next.IsWord && next.Text is "of" or "de" or "van" or "von" && k + 2 < limit && tokens[k + 2].IsCapitalized)
                k++;
            else
                break;
        }
        return k;
    }

    /// <summary>A name with an appositive before the cue, either way round: "Sarah Sanders,
    /// the White House press secretary, said" and "The state’s campaign chairman, Phil Lovas, said".</summary>
    private static SourcePhrase? Appositive(ArticleDocument doc, int closingComma, int limit)
    {
        var tokens = doc.Tokens;
        for (var k = closingComma - 1; k > limit && closingComma - k <= 30; k--)
        {
            if (tokens[k].InQuote)
                continue; // "speaking on “Fox News Sunday,”"
            if (tokens[k].Is(".") || tokens[k].Is(";"))
                return null;
            if (!tokens[k].Is(","))
                continue;
            if (k + 1 >= closingComma)
                return null;
            // "..., and the meeting deteriorated from there, said one source": a coordinated
            // clause, not an appositive.
            if (tokens[k + 1].IsWord && tokens[k + 1].Text is "and" or "but" or "or" or "while" or "so")
                return null;
            // "The alliance, which includes ..., advocates", "Other unions, including the AFL-CIO,
            // have endorsed": the source is before the inserted clause.
            if (tokens[k + 1].IsWord && tokens[k + 1].Text is "which" or "including" or "whose" or "like")
                return Before(doc, k, limit) is { } head ? head with { Last = closingComma - 1 } : null;
            if (tokens[k - 1].IsCapitalized || tokens[k - 1].Is(")"))
            {
                var nameEnd = tokens[k - 1].Is(")") ? OpeningParenthesis(doc, k - 1, limit) - 1 : k - 1;
                if (nameEnd < limit || !tokens[nameEnd].IsCapitalized)
                    return null;
                var start = CapitalRunStart(doc, nameEnd, limit);
                if (start < 0 || NameReading.Read(Words(doc, start, nameEnd)).Kind == NameKind.None)
                    return null;
                return new SourcePhrase(start, closingComma - 1, SourceForm.Name, start, nameEnd);
            }
            // The description first, then the name between commas.
            if (tokens[k + 1].IsCapitalized && CapitalRunEnd(doc, k + 1, closingComma) == closingComma - 1
                && NameReading.Read(Words(doc, k + 1, closingComma - 1)) is { Kind: NameKind.Person })
            {
                var npStart = k - 1;
                while (npStart - 1 >= limit && k - npStart < 8 && tokens[npStart - 1].IsWord && !tokens[npStart - 1].InQuote
                       && !WordSets.Determiners.Contains(tokens[npStart].Text) && tokens[npStart - 1].Text is not ("and" or "but" or "that"))
                    npStart--;
                return new SourcePhrase(npStart, closingComma - 1, SourceForm.Name, k + 1, closingComma - 1);
            }
            return null;
        }
        return null;
    }

    private static int OpeningParenthesis(ArticleDocument doc, int closing, int limit)
    {
        for (var k = closing - 1; k >= limit && closing - k < 8; k--)
        {
            if (doc.Tokens[k].Is("("))
                return k;
        }
        return -1;
    }

    /// <summary>Start of an unnamed source phrase ending at its head noun <paramref name="head"/>:
    /// back over modifiers to a determiner ("the campaign's senior strategist").</summary>
    private static int? UnnamedBefore(ArticleDocument doc, int head, int limit)
    {
        var tokens = doc.Tokens;
        if (!tokens[head].IsWord || !WordSets.SourceNouns.Contains(tokens[head].Text))
            return null;
        var k = head;
        while (k - 1 >= limit && head - k < 5)
        {
            var prev = tokens[k - 1];
            if (prev.InQuote || !prev.IsWord || CueLexicon.IsCue(prev.Text) || prev.Text is "and" or "but" or "that" or "or")
                break;
            k--;
            if (WordSets.Determiners.Contains(prev.Text))
                break;
        }
        return k;
    }

    /// <summary>Extends an unnamed source over its affiliation: "a spokesman for the Clinton campaign".</summary>
    private static SourcePhrase Affiliated(ArticleDocument doc, int first, int head, int limit)
    {
        var tokens = doc.Tokens;
        var last = head;
        if (head + 2 < limit && tokens[head + 1].IsWord && tokens[head + 1].Text is "for" or "of" or "at" or "with")
        {
            var k = head + 2;
            if (tokens[k].IsWord && tokens[k].Text is "the")
                k++;
            if (k < limit && tokens[k].IsCapitalized)
                last = CapitalRunEnd(doc, k, limit);
        }
        return new SourcePhrase(first, last, SourceForm.Unnamed, first, last);
    }
}
