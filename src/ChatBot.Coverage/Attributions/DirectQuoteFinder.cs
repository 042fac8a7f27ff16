using ChatBot.Coverage.People;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Direct quotes and their sources. <see cref="FindCued"/> gives each quote the tag found by
/// <see cref="QuoteTags"/> (after it, before it, or a colon after a speaking subject). Quotes
/// without a tag of their own are read in <see cref="Link"/>: inside reported speech they share
/// its source; right after another quote in the paragraph (or opening the next one) they
/// continue that speaker.
/// </summary>
internal static class DirectQuoteFinder
{
    /// <summary>Quotes shorter than this with no cue are scare quotes or titles, not statements.</summary>
    private const int MinWordsWithoutCue = 7;

    /// <summary>First pass: quotes with their own cue. Records the cue tokens it takes, with their sources.</summary>
    public static List<(Quotation Quote, AttributionDraft? Draft)> FindCued(ArticleDocument doc, IDictionary<int, SourcePhrase?> usedCues)
    {
        var result = new List<(Quotation, AttributionDraft?)>();
        AttributionDraft? previous = null;
        foreach (var quote in doc.Quotations)
        {
            if (quote.Inner.Length == 0)
                continue;
            var first = doc.TokenAtOrAfter(quote.Span.Start);
            var next = doc.TokenAtOrAfter(quote.Span.End);
            if (first >= doc.Tokens.Count || first >= next)
                continue;
            // "on “Fox News Sunday,”", "of “The Apprentice”", "CNN’s “New Day”": a title, not words said.
            if (first > 0 && doc.Tokens[first - 1].IsWord && !doc.Tokens[first - 1].InQuote
                && (doc.Tokens[first - 1].Text is "on" or "in" or "of" or "at" or "from" or "with" or "about" or "into" or "onto" or "On" or "In"
                    || (doc.Tokens[first - 1].IsPossessive && doc.Tokens[first - 1].IsCapitalized && IsTitleCase(doc, quote))))
            {
                result.Add((quote, null));
                continue;
            }
            var sameSentence = previous is not null && doc.SentenceOf(doc.TokenAtOrAfter(previous.Content.Start)) == doc.SentenceOf(first) ? previous : null;
            var draft = QuoteTags.CueAfter(doc, quote, next) is { } tagged ? WithLeadIn(doc, quote, first, tagged)
                : QuoteTags.CueBefore(doc, quote, first, next, sameSentence) ?? QuoteTags.ColonBefore(doc, quote, first);
            if (draft is not null)
            {
                // "“A,” he said, “B.”": one statement interrupted by its own tag.
                if (sameSentence is not null && draft.Cue == sameSentence.Cue && draft.Source?.First == sameSentence.Source?.First)
                {
                    draft.Continues = true;
                    draft.SourceFrom = sameSentence;
                }
                previous = draft;
            }
            if (draft?.Cue is { } cue && doc.TokenAtOrAfter(cue.Start) is var cueToken && cueToken < doc.Tokens.Count)
                usedCues[cueToken] = draft.Source;
            result.Add((quote, draft));
        }
        return result;
    }

    /// <summary>"Details aside, her proposals send a clear message that a top priority ''is
    /// increasing the tax liability,'' Mr. Kamin said": a quote that finishes a sentence of
    /// the speaker's, tagged after it, states the whole sentence, so the content starts with the
    /// sentence. Not when the words before it have a cue of their own or are quoted.</summary>
    private static AttributionDraft WithLeadIn(ArticleDocument doc, Quotation quote, int first, AttributionDraft draft)
    {
        var tokens = doc.Tokens;
        var start = doc.SentenceStart(first);
        while (start < first && !tokens[start].IsWord)
            start++;
        // ("the anthem ''A Change Is Gonna Come,'' she added": a title is no statement.)
        if (start >= first || doc.LineAt(tokens[start].Span.Start) != doc.LineAt(quote.Span.Start) || IsTitleCase(doc, quote))
            return draft;
        for (var k = start; k < first; k++)
        {
            var t = tokens[k];
            if (t.InQuote || t.Is(";") || t.Is(":") || (t.IsWord && CueLexicon.IsCue(doc.CueWord(k))))
                return draft;
        }
        return new AttributionDraft
        {
            Kind = draft.Kind,
            Content = new Articles.TextSpan(tokens[start].Span.Start, draft.Content.End),
            QuoteSpan = draft.QuoteSpan,
            Source = draft.Source,
            Cue = draft.Cue,
        };
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
            if (draft is null && quote.Paragraph > 0)
            {
                var around = reported.FirstOrDefault(r => r.Content.Start <= quote.Span.Start && r.Content.End >= quote.Inner.End);
                var previous = Latest(previousDirect, reported.LastOrDefault(r => r.Content.End <= quote.Span.Start && !Glosses(doc, r, previousDirect, quote)
                    && !Aside(doc, r, previousDirect)));
                if (around is not null)
                {
                    draft = Inherit(quote, around, partial: true);
                }
                else if (previous is not null && Continues(doc, quote, previous))
                {
                    draft = Inherit(quote, previous, partial: false);
                }
                else if (SubjectBefore(doc, quote) is { } subject)
                {
                    // "Reid has gone after Trump as a “human leech”", "Japan branded North Korea an
                    // “outlaw nation”": a quote in a sentence about what its subject said.
                    draft = QuoteTags.Make(quote, subject, null);
                }
                else if (quote.WordCount(doc.Text) >= MinWordsWithoutCue)
                {
                    draft = QuoteTags.Make(quote, null, null);
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

    /// <summary>The named or pronoun subject of the sentence a quote sits in, when it comes
    /// before the quote and the sentence is not passive ("was called a “con artist” by").</summary>
    private static SourcePhrase? SubjectBefore(ArticleDocument doc, Quotation quote)
    {
        var first = doc.TokenAtOrAfter(quote.Span.Start);
        if (first >= doc.Tokens.Count || StartsSentence(doc, quote))
            return null;
        var start = doc.SentenceStart(first);
        var subject = SubjectFinder.Find(doc, start, first);
        if (subject is not { Form: SourceForm.Name or SourceForm.Pronoun } || subject.Last >= first)
            return null;
        // "Ironically", "Check": a lone capitalised sentence opener is no name.
        if (subject.Form == SourceForm.Name && subject.NameFirst == subject.NameLast && subject.NameFirst == start
            && !doc.IsCapitalisedMidSentence(doc.Tokens[subject.NameFirst].Text))
            return null;
        // "“13th”", "“Keepin' It Real”": a title in capitals is not something said.
        if (IsTitleCase(doc, quote))
            return null;
        for (var k = subject.Last + 1; k < doc.SentenceEnd(first); k++)
        {
            if (doc.Tokens[k].IsWord && !doc.Tokens[k].InQuote && doc.Tokens[k].Text is "by" or "was" or "were" or "is" or "are")
                return null;
        }
        return subject;
    }

    private static bool IsTitleCase(ArticleDocument doc, Quotation quote)
    {
        var words = 0;
        for (var k = doc.TokenAtOrAfter(quote.Inner.Start); k < doc.Tokens.Count && doc.Tokens[k].Span.Start < quote.Inner.End; k++)
        {
            var t = doc.Tokens[k];
            if (!t.IsWord)
                continue;
            words++;
            if (!t.IsCapitalized && !char.IsDigit(t.Text[0]) && t.Text.Length > 3)
                return false;
        }
        return words <= 6;
    }

    /// <summary>The attribution that ends last; a direct quote inside reported speech that ran
    /// over its tag ("said she felt ... “...,” she said") is the later statement.</summary>
    private static AttributionDraft? Latest(AttributionDraft? a, AttributionDraft? b) =>
        a is null ? b : b is null ? a : (a.Content.End >= b.Content.End || b.Content.Contains(a.Content.Start) ? a : b);

    /// <summary>"“A,” Obama said. He didn't suggest retaliation. “B.”": a short sentence of the
    /// reporter's about the speaker, in the quote's paragraph, between two of the speaker's quotes.</summary>
    private static bool Aside(ArticleDocument doc, AttributionDraft reported, AttributionDraft? direct)
    {
        if (direct is null || reported.Source is not { Form: SourceForm.Pronoun } || ReportedContent.HasQuote(doc, doc.TokenAtOrAfter(reported.Content.Start), doc.TokenAtOrAfter(reported.Content.End) - 1))
            return false;
        return doc.LineAt(reported.Content.Start) == doc.LineAt(direct.Content.End - 1) && reported.Content.Length <= 40;
    }

    /// <summary>Whether reported speech is a participle in a quote's own tag ("“A,” he said,
    /// referring to X. “B.”"): the speaker's gloss, after which a quote goes on with the tag.
    /// Not a quote the participle's own sentence leads to ("suggesting questions, including,
    /// “Mr. Trump, ...”").</summary>
    private static bool Glosses(ArticleDocument doc, AttributionDraft reported, AttributionDraft? direct, Quotation quote)
    {
        var opening = doc.TokenAtOrAfter(quote.Inner.Start);
        if (opening >= doc.Tokens.Count || (doc.SentenceOf(opening) == doc.SentenceOf(doc.TokenAtOrAfter(reported.Content.Start)) && !doc.Tokens[opening].IsLower))
            return false;
        if (direct?.Cue is not { } tag || reported.Cue is not { } cue || reported.Source != direct.Source || cue.Start < tag.End)
            return false;
        var k = doc.TokenAtOrAfter(cue.Start);
        return CueLexicon.IsParticiple(doc.Tokens[k].Text) && doc.IsPunctAt(k - 1, ",") && doc.SentenceOf(k) == doc.SentenceOf(doc.TokenAtOrAfter(tag.Start));
    }

    /// <summary>A quote continues the previous attribution's speaker when it is in the same
    /// paragraph, or opens the next paragraph right after a direct quote (news style for a
    /// speaker who goes on).</summary>
    private static bool Continues(ArticleDocument doc, Quotation quote, AttributionDraft previous)
    {
        if (IsTitleCase(doc, quote))
            return false;
        // A quote inside the reporter's own sentence ("the prices “were never fair”") is not the
        // speaker going on; a quote opening the sentence is, even when the reporter ends the
        // sentence ("“It's basically just a tax increase” for the top income bracket").
        var after = doc.TokenAtOrAfter(quote.Span.End);
        if (after < doc.Tokens.Count && doc.SentenceOf(after) == doc.SentenceOf(after - 1) && doc.Tokens[after].IsWord
            && !StartsSentence(doc, quote))
            return false;
        // After reported speech only a quoted sentence goes on with the speaker, not a
        // phrase in quotes ("a “targeted employment area”").
        if (previous.Kind == AttributionKind.Reported && (quote.WordCount(doc.Text) < 4 || !StartsSentence(doc, quote)))
            return false;
        var line = doc.LineAt(quote.Span.Start);
        var previousLine = doc.LineAt(previous.Content.End - 1);
        if (previous.Source is { } source)
            previousLine = Math.Max(previousLine, doc.LineAt(doc.Tokens[source.Last].Span.Start));
        if (line == previousLine)
            return true;
        // A quote opening the next paragraph after a direct quote: the speaker goes on.
        return doc.StartsLine(quote.Span.Start) && previous.Kind == AttributionKind.Direct && NextLine(doc, previousLine, line);
    }

    internal static bool StartsSentence(ArticleDocument doc, Quotation quote)
    {
        var first = doc.TokenAtOrAfter(quote.Span.Start);
        return first < doc.Tokens.Count && doc.SentenceStart(first) == first;
    }

    /// <summary>Whether <paramref name="line"/> is the first non-blank line after <paramref name="previous"/>.</summary>
    private static bool NextLine(ArticleDocument doc, int previous, int line)
    {
        if (line <= previous)
            return false;
        return line - previous <= 3;
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

}
