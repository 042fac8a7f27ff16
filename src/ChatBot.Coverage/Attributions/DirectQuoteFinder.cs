using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Direct quotes and their sources. In order of trust: a cue right after the quote ("”, Trump
/// said", "”, said Trump", "” Sarah Sanders, the press secretary, said"); a cue right before it
/// ("Trump said: “", "He told reporters, “"); a colon after a sentence whose subject speaks
/// ("Putin ..., responding with a question: “"). Quotes without a cue of their own are read in
/// <see cref="Link"/>: inside reported speech they share its source; right after another quote in
/// the paragraph (or opening the next one) they continue that speaker.
/// </summary>
internal static class DirectQuoteFinder
{
    /// <summary>Quotes shorter than this with no cue are scare quotes or titles, not statements.</summary>
    private const int MinWordsWithoutCue = 6;

    /// <summary>First pass: quotes with their own cue. Records the cue tokens it takes.</summary>
    public static List<(Quotation Quote, AttributionDraft? Draft)> FindCued(ArticleDocument doc, ISet<int> usedCues)
    {
        var result = new List<(Quotation, AttributionDraft?)>();
        AttributionDraft? previous = null;
        foreach (var quote in doc.Quotations)
        {
            if (quote.Paragraph == 0 || quote.Inner.Length == 0)
                continue;
            var first = doc.TokenAtOrAfter(quote.Span.Start);
            var next = doc.TokenAtOrAfter(quote.Span.End);
            if (first >= doc.Tokens.Count || first >= next)
                continue;
            var sameSentence = previous is not null && doc.SentenceOf(doc.TokenAtOrAfter(previous.Content.Start)) == doc.SentenceOf(first) ? previous : null;
            var draft = CueAfter(doc, quote, next) ?? CueBefore(doc, quote, first, next, sameSentence) ?? ColonBefore(doc, quote, first);
            if (draft is not null)
                previous = draft;
            if (draft?.Cue is { } cue && doc.TokenAtOrAfter(cue.Start) is var cueToken && cueToken < doc.Tokens.Count)
                usedCues.Add(cueToken);
            result.Add((quote, draft));
        }
        return result;
    }

    /// <summary>Second pass: quotes without a cue take the source of the reported speech around
    /// them or of the attribution before them.</summary>
    public static List<AttributionDraft> Link(ArticleDocument doc, List<(Quotation Quote, AttributionDraft? Draft)> quotes, List<AttributionDraft> reported)
    {
        var drafts = new List<AttributionDraft>();
        AttributionDraft? previousDirect = null;
        foreach (var (quote, cued) in quotes)
        {
            var draft = cued;
            if (draft is null)
            {
                var around = reported.FirstOrDefault(r => r.Content.Start <= quote.Span.Start && r.Content.End >= quote.Inner.End);
                var previous = Latest(previousDirect, reported.LastOrDefault(r => r.Content.End <= quote.Span.Start));
                if (around is not null)
                {
                    draft = Inherit(quote, around, partial: true);
                }
                else if (previous is not null && Continues(doc, quote, previous))
                {
                    draft = Inherit(quote, previous, partial: false);
                }
                else if (quote.WordCount(doc.Text) >= MinWordsWithoutCue)
                {
                    draft = Make(quote, null, null);
                }
            }
            if (draft is null)
                continue;
            drafts.Add(draft);
            if (!draft.IsPartial)
                previousDirect = draft;
        }
        return drafts;
    }

    private static AttributionDraft? Latest(AttributionDraft? a, AttributionDraft? b) =>
        a is null ? b : b is null ? a : (a.Content.End >= b.Content.End ? a : b);

    /// <summary>A quote continues the previous attribution's speaker when it is in the same
    /// paragraph, or opens the next paragraph right after a direct quote (news style for a
    /// speaker who goes on).</summary>
    private static bool Continues(ArticleDocument doc, Quotation quote, AttributionDraft previous)
    {
        var paragraph = doc.ParagraphAt(quote.Span.Start);
        var previousParagraph = doc.ParagraphAt(previous.Content.End - 1);
        if (paragraph == previousParagraph)
        {
            // Only the sentence right after the previous attribution: a sentence of the
            // reporter's own in between ends the speaker's turn.
            var last = Math.Max(previous.Content.End, previous.Cue?.End ?? 0);
            if (previous.Source is { } source)
                last = Math.Max(last, doc.Tokens[source.Last].Span.End);
            var lastSentence = doc.SentenceOf(Math.Min(doc.TokenAtOrAfter(last - 1), doc.Tokens.Count - 1));
            var quoteSentence = doc.SentenceOf(doc.TokenAtOrAfter(quote.Span.Start));
            return quoteSentence - lastSentence <= 1;
        }
        var opensParagraph = doc.Article.Paragraphs[paragraph - 1].Span.Start == quote.Span.Start;
        return opensParagraph && paragraph == previousParagraph + 1 && previous.Kind == AttributionKind.Direct;
    }

    private static AttributionDraft Inherit(Quotation quote, AttributionDraft from, bool partial) => new()
    {
        Kind = AttributionKind.Direct,
        Content = quote.Span,
        QuoteSpan = quote.Inner,
        Source = from.Source,
        Cue = from.Cue,
        SourceFrom = from,
        IsPartial = partial,
        Continues = !partial,
    };

    private static AttributionDraft Make(Quotation quote, SourcePhrase? source, Articles.TextSpan? cue) => new()
    {
        Kind = AttributionKind.Direct,
        Content = quote.Span,
        QuoteSpan = quote.Inner,
        Source = source,
        Cue = cue,
    };

    /// <summary>"“...,” Trump said", "“...,” said Trump", "“...” Sarah Sanders, the press secretary, said".</summary>
    private static AttributionDraft? CueAfter(ArticleDocument doc, Quotation quote, int next)
    {
        var tokens = doc.Tokens;
        if (next >= tokens.Count || doc.SentenceOf(next) != doc.SentenceOf(next - 1) && !EndsWithComma(doc, quote) && !IsDash(tokens[next]))
            return null;
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
        if (k >= end || tokens[k].InQuote || !tokens[k].IsWord)
            return null;
        if (CueLexicon.IsCue(tokens[k].Text))
        {
            var inverted = SourceFinder.After(doc, k + 1, end);
            return inverted is null ? null : Make(quote, inverted, tokens[k].Span);
        }
        var source = SourceFinder.After(doc, k, end);
        if (source is null)
            return null;
        var c = source.Last + 1;
        if (c < end && tokens[c].Is(","))
        {
            // An appositive: "Sarah Sanders, the White House press secretary, said".
            var close = c + 1;
            while (close < end && close - c < 15 && !tokens[close].Is(",") && !tokens[close].InQuote)
                close++;
            if (close < end && tokens[close].Is(","))
            {
                source = source with { Last = close - 1 };
                c = close + 1;
            }
        }
        while (c < end && tokens[c].IsWord && WordSets.Adverbs.Contains(tokens[c].Text))
            c++;
        if (c >= end || !tokens[c].IsWord || tokens[c].InQuote)
            return null;
        // After "“...,”" a name and any verb is the speaker: "“...,” Blige sings to Clinton".
        var open = EndsWithComma(doc, quote) && source.Form != SourceForm.Unnamed && tokens[c].IsLower && LooksLikeVerb(tokens[c].Text);
        return CueLexicon.IsCue(tokens[c].Text) || open ? Make(quote, source, tokens[c].Span) : null;
    }

    private static bool IsDash(Sentences.Token t) => t.Is("―") || t.Is("—") || t.Is("–") || t.Is("-");

    /// <summary>After a signed name only its description may follow: ", 34, of Dallas." or nothing.</summary>
    private static bool SignsOff(ArticleDocument doc, int k, int end) =>
        k >= end || doc.Tokens[k].Is(".") || doc.Tokens[k].Is(",") || doc.Tokens[k].Is("(");

    private static bool LooksLikeVerb(string word) =>
        word.EndsWith('s') || word.EndsWith("ed", StringComparison.Ordinal) || word is "told" or "wrote" or "said" or "spoke" or "sang" or "put" or "went" or "began";

    private static bool EndsWithComma(ArticleDocument doc, Quotation quote) =>
        quote.Inner.End > 0 && doc.Text[quote.Inner.End - 1] is ',' or '?' or '!' or '—';

    /// <summary>"Trump said: “", "He told reporters Monday, “", "Trump said that “...”" when the quote ends the sentence.</summary>
    private static AttributionDraft? CueBefore(ArticleDocument doc, Quotation quote, int first, int next, AttributionDraft? sameSentence)
    {
        var tokens = doc.Tokens;
        var start = doc.SentenceStart(first);
        var j = first - 1;
        if (j < start)
            return null;
        if (tokens[j].Is(":") || tokens[j].Is(","))
        {
            j--;
            // "said that, “...” against what ...": reported speech around a quote.
            if (doc.IsWordAt(j, "that") && !QuoteEndsSentence(doc, next))
                return null;
        }
        else if (doc.IsWordAt(j, "that") && QuoteEndsSentence(doc, next))
            j--;
        else
            return null;
        // The cue may have a listener or a time after it: "told reporters on Monday:".
        for (var c = j; c >= start && j - c <= 4; c--)
        {
            var t = tokens[c];
            if (t.InQuote || !t.IsWord)
                return null;
            if (!CueLexicon.IsCue(t.Text))
                continue;
            var source = SourceFinder.Before(doc, c, start);
            // "“...,” Trump said, adding later, “...”": the speaker of the quote before.
            source ??= sameSentence?.Source;
            if (source is null && CueLexicon.IsParticiple(t.Text) && doc.IsPunctAt(c - 1, ","))
                source = SubjectFinder.Find(doc, start, c);
            return source is null ? null : Make(quote, source, t.Span);
        }
        return null;
    }

    private static bool QuoteEndsSentence(ArticleDocument doc, int next)
    {
        if (next >= doc.Tokens.Count)
            return true;
        if (doc.SentenceOf(next) != doc.SentenceOf(next - 1))
            return true;
        return doc.Tokens[next].Is(".") && (next + 1 >= doc.Tokens.Count || doc.SentenceOf(next + 1) != doc.SentenceOf(next));
    }

    /// <summary>"Putin ..., responding to a question with another question: “...”".</summary>
    private static AttributionDraft? ColonBefore(ArticleDocument doc, Quotation quote, int first)
    {
        var start = doc.SentenceStart(first);
        if (first - 1 < start || !doc.IsPunctAt(first - 1, ":"))
            return null;
        var subject = SubjectFinder.Find(doc, start, first - 1);
        return subject is null ? null : Make(quote, subject, null);
    }
}
