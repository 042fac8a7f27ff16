using ChatBot.Coverage.People;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// The tag that says who spoke a quote: after it ("“...,” Trump said", "“...,” said Trump",
/// "“...” ― Jane Doe"), before it ("Trump said: “", "He told reporters, “"), or a colon after a
/// sentence whose subject speaks ("Putin ... responded with a question: “").
/// </summary>
internal static class QuoteTags
{
    internal static AttributionDraft Make(Quotation quote, SourcePhrase? source, Articles.TextSpan? cue) => new()
    {
        Kind = AttributionKind.Direct,
        Content = quote.Span,
        QuoteSpan = quote.Inner,
        Source = source,
        Cue = cue,
    };

    /// <summary>"“...,” Trump said", "“...,” said Trump", "“...” Sarah Sanders, the press secretary, said".</summary>
    internal static AttributionDraft? CueAfter(ArticleDocument doc, Quotation quote, int next)
    {
        var tokens = doc.Tokens;
        if (next >= tokens.Count)
            return null;
        if (doc.SentenceOf(next) != doc.SentenceOf(next - 1))
        {
            // A new sentence after the quote belongs to it only as a tag: "“Why?” he asked."
            // or "“...” ― Name", and never across a paragraph break.
            if (doc.LineAt(tokens[next].Span.Start) != doc.LineAt(quote.Span.End - 1))
                return null;
            if (!IsDash(tokens[next]) && !(tokens[next].IsLower && EndsWithComma(doc, quote)) && !ShortTag(doc, next))
                return null;
        }
        var end = doc.SentenceEnd(next);
        var k = next;
        var dash = -1;
        while (k < end && (tokens[k].Is(",") || IsDash(tokens[k])))
        {
            if (IsDash(tokens[k]))
                dash = k;
            k++;
        }
        if (k >= end || tokens[k].InQuote || !tokens[k].IsWord)
            return null;
        // "“...” ― Esther Tapia": a dash and a name close the quote, with no verb.
        if (dash >= 0 && SourceFinder.After(doc, k, end) is { Form: SourceForm.Name } signed && SignsOff(doc, signed.Last + 1, end))
            return Make(quote, signed, tokens[dash].Span);
        // A tag follows a quoted statement ("“...,” he said"), not a phrase quoted mid-sentence
        // ("found it “hard to believe” Mr Putin would not expect ..." is Putin's clause, not a tag).
        if (!EndsWithComma(doc, quote) && !EndsWithStop(doc, quote) && !DirectQuoteFinder.StartsSentence(doc, quote))
            return null;
        if (k >= end || tokens[k].InQuote || !tokens[k].IsWord)
            return null;
        if (CueLexicon.IsCue(doc.CueWord(k)))
        {
            var inverted = SourceFinder.After(doc, k + 1, end);
            return inverted is null ? null : Make(quote, inverted, tokens[k].Span);
        }
        var source = SourceFinder.After(doc, k, end);
        if ((source is null || !LeadsToCue(doc, source.Last + 1, end)) && EndsWithComma(doc, quote))
            source = PhraseBeforeCue(doc, k, end) ?? source;
        if (source is null)
            return null;
        var c = source.Last + 1;
        // Appositives, even two: "Scott Pruitt, the attorney general of Oklahoma, one of the
        // states suing, said".
        for (var round = 0; round < 3 && c < end && !(tokens[c].IsWord && CueLexicon.IsCue(tokens[c].Text)); round++)
        {
            if (round == 0 && !tokens[c].Is(","))
                break;
            var from = tokens[c].Is(",") ? c + 1 : c;
            var close = from;
            while (close < end && close - from < 20 && !tokens[close].Is(",") && !tokens[close].InQuote)
                close++;
            if (close >= end || !tokens[close].Is(",") || close == from)
                break;
            source = source with { Last = close - 1 };
            c = close + 1;
        }
        while (c < end && tokens[c].IsWord && WordSets.IsAdverb(tokens[c].Text))
            c++;
        if (c >= end || !tokens[c].IsWord || tokens[c].InQuote)
            return null;
        // After "“...,”" a name and any verb is the speaker: "“...,” Blige sings to Clinton".
        var open = EndsWithComma(doc, quote) && source.Form != SourceForm.Unnamed && tokens[c].IsLower && LooksLikeVerb(tokens[c].Text);
        return CueLexicon.IsCue(doc.CueWord(c)) || open ? Make(quote, source, tokens[c].Span) : null;
    }

    /// <summary>Whether a cue follows at <paramref name="c"/>, after adverbs or an appositive.</summary>
    internal static bool LeadsToCue(ArticleDocument doc, int c, int end)
    {
        var tokens = doc.Tokens;
        if (c < end && tokens[c].Is(","))
            return true;
        while (c < end && tokens[c].IsWord && WordSets.IsAdverb(tokens[c].Text))
            c++;
        return c < end && tokens[c].IsWord && CueLexicon.IsCue(doc.CueWord(c));
    }

    /// <summary>"”, the mayor of the city said": any short phrase of words right after the quote
    /// and before a cue is its source; a name in it is the speaker.</summary>
    internal static SourcePhrase? PhraseBeforeCue(ArticleDocument doc, int k, int end)
    {
        var tokens = doc.Tokens;
        var opener = tokens[k];
        if (!(WordSets.Determiners.Contains(opener.Text) || opener.IsCapitalized || WordSets.SourceNouns.Contains(opener.Text)))
            return null;
        for (var c = k; c < end && c - k < 7; c++)
        {
            if (tokens[c].InQuote || (!tokens[c].IsWord && tokens[c].Text is "," or "." or ";" or ":" or "!" or "?" or "(" or ")"))
                return null;
            if (c > k && tokens[c].IsWord && CueLexicon.IsCue(tokens[c].Text))
            {
                var last = c - 1;
                while (last > k && WordSets.IsAdverb(tokens[last].Text))
                    last--;
                for (var n = last; n >= k; n--)
                {
                    if (tokens[n].IsCapitalized && !NameWords.IsNotName(tokens[n].Text))
                    {
                        var start = SourceFinder.CapitalRunStart(doc, n, k);
                        if (start >= 0 && NameReading.Read(SourceFinder.Words(doc, start, n)).Kind != NameKind.None)
                            return new SourcePhrase(k, last, SourceForm.Name, start, n);
                        break;
                    }
                }
                return new SourcePhrase(k, last, SourceForm.Unnamed, k, last);
            }
        }
        return null;
    }

    /// <summary>A short sentence after a quote that ends in "?" or "!": "“Why?” Clinton asked."</summary>
    internal static bool ShortTag(ArticleDocument doc, int next)
    {
        var end = doc.SentenceEnd(next);
        if (end - next > 10)
            return false;
        for (var k = next; k < end; k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote && CueLexicon.IsCue(doc.Tokens[k].Text))
                return true;
        }
        return false;
    }

    internal static bool IsDash(Sentences.Token t) => t.Is("―") || t.Is("—") || t.Is("–") || t.Is("-");

    /// <summary>After a signed name only its description may follow: ", 34, of Dallas." or nothing.</summary>
    internal static bool SignsOff(ArticleDocument doc, int k, int end) =>
        k >= end || doc.Tokens[k].Is(".") || doc.Tokens[k].Is(",") || doc.Tokens[k].Is("(");

    internal static bool LooksLikeVerb(string word) =>
        word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal) || word is "told" or "wrote" or "said" or "spoke" or "sang" or "put" or "went" or "began";

    internal static bool EndsWithStop(ArticleDocument doc, Quotation quote) =>
        quote.Inner.End > 0 && doc.Text[quote.Inner.End - 1] is '.' or '…';

    internal static bool EndsWithComma(ArticleDocument doc, Quotation quote) =>
        quote.Inner.End > 0 && doc.Text[quote.Inner.End - 1] is ',' or '?' or '!' or '—';

    /// <summary>"Trump said: “", "He told reporters Monday, “", "Trump said that “...”" when the quote ends the sentence.</summary>
    internal static AttributionDraft? CueBefore(ArticleDocument doc, Quotation quote, int first, int next, AttributionDraft? sameSentence)
    {
        var tokens = doc.Tokens;
        var start = doc.SentenceStart(first);
        var j = first - 1;
        // "Caddell continued:" closing one paragraph, the quote opening the next.
        if (j >= 0 && j < start && tokens[j].Is(":") && doc.StartsLine(quote.Span.Start))
            start = doc.SentenceStart(j);
        if (j < start)
            return null;
        // What may stand between cue and quote: nothing ("Protesters chanted “What curfew?”"),
        // a colon or comma ("said: “"), or "that" when the quote ends the sentence.
        var cueRightBefore = tokens[j].IsWord && CueLexicon.IsCue(doc.CueWord(j)) && QuoteEndsSentence(doc, next);
        if (!cueRightBefore)
        {
            if (tokens[j].Is(":") || tokens[j].Is(","))
            {
                j--;
                // "said that, “...” against what ...": reported speech around a quote.
                if (doc.IsWordAt(j, "that") && !QuoteEndsSentence(doc, next))
                    return null;
            }
            else if (doc.IsWordAt(j, "that") && QuoteEndsSentence(doc, next))
            {
                j--;
            }
            else
            {
                return null;
            }
        }
        // The cue may have a listener or a time after it: "told reporters on Monday:".
        for (var c = j; c >= start && j - c <= 6; c--)
        {
            var t = tokens[c];
            if (t.InQuote || !t.IsWord)
                return null;
            // "According to Limbaugh, “...”".
            if (t.Text == "to" && c - 1 >= start && doc.IsWordAt(c - 1, "According") | doc.IsWordAt(c - 1, "according"))
            {
                var according = SourceFinder.After(doc, c + 1, first);
                return according is null ? null : Make(quote, according, doc.SpanOf(c - 1, c));
            }
            if (!CueLexicon.IsCue(doc.CueWord(c)))
                continue;
            // "“A,” Tester said, referring to the excuse, “B.”": the participle says what the
            // speaker meant; the quote goes on under the tag before it.
            // ("adding later, “B”" has no object of its own: there B is what was added; nor
            // "suggesting questions, including, “Mr. Trump, ...”", where B opens a new sentence.)
            if (sameSentence is { Cue: { } tag } && CueLexicon.IsParticiple(t.Text) && doc.IsPunctAt(c - 1, ",") && tag.End <= t.Span.Start
                && HasObject(doc, c + 1, j) && tokens[doc.TokenAtOrAfter(quote.Inner.Start)].IsLower)
                return Make(quote, sameSentence.Source, tag);
            var source = SourceFinder.Before(doc, c, start) ?? CoordinatedSubject(doc, c, start);
            // "“...,” Trump said, adding later, “...”": the speaker of the quote before.
            source ??= sameSentence?.Source;
            if (source is null && CueLexicon.IsParticiple(t.Text) && doc.IsPunctAt(c - 1, ","))
                source = SubjectFinder.Find(doc, start, c);
            // "Protesters marching through the streets chanted “What curfew?”": a question or
            // exclamation right after the verb is what the sentence's subject called out.
            if (source is null && c == j && cueRightBefore && !CueLexicon.IsParticiple(t.Text) && quote.Inner.End > 0 && doc.Text[quote.Inner.End - 1] is '?' or '!')
                source = SubjectFinder.Find(doc, start, c);
            return source is null ? null : Make(quote, source, t.Span);
        }
        return null;
    }

    /// <summary>Whether words other than adverbs stand between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool HasObject(ArticleDocument doc, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (doc.Tokens[k].IsWord && !WordSets.IsAdverb(doc.Tokens[k].Text) && !WordSets.TimeWords.Contains(doc.Tokens[k].Text))
                return true;
        }
        return false;
    }

    /// <summary>"I laughed and said, “...”": the subject of the verb coordinated with the cue.</summary>
    private static SourcePhrase? CoordinatedSubject(ArticleDocument doc, int cue, int start)
    {
        var k = cue - 1;
        while (k >= start && doc.Tokens[k].IsWord && WordSets.IsAdverb(doc.Tokens[k].Text))
            k--;
        if (k - 1 <= start || !(doc.IsWordAt(k, "and") || doc.IsWordAt(k, "but")))
            return null;
        var subject = SourceFinder.Before(doc, k - 1, start) ?? SubjectFinder.Find(doc, start, k);
        return subject is { Form: SourceForm.Name or SourceForm.Pronoun } ? subject : null;
    }

    internal static bool QuoteEndsSentence(ArticleDocument doc, int next)
    {
        if (next >= doc.Tokens.Count)
            return true;
        if (doc.SentenceOf(next) != doc.SentenceOf(next - 1))
            return true;
        return doc.Tokens[next].Is(".") && (next + 1 >= doc.Tokens.Count || doc.SentenceOf(next + 1) != doc.SentenceOf(next));
    }

    /// <summary>"Putin ..., responding to a question with another question: “...”".</summary>
    internal static AttributionDraft? ColonBefore(ArticleDocument doc, Quotation quote, int first)
    {
        var start = doc.SentenceStart(first);
        if (first - 1 >= 0 && first - 1 < start && doc.IsPunctAt(first - 1, ":") && doc.StartsLine(quote.Span.Start))
            start = doc.SentenceStart(first - 1);
        if (first - 1 < start || !doc.IsPunctAt(first - 1, ":"))
            return null;
        var subject = SubjectFinder.Find(doc, start, first - 1);
        return subject is null ? null : Make(quote, subject, null);
    }
}
