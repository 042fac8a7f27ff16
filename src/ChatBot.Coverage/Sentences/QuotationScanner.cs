using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Finds quotations in an article with one left-to-right pass over the marks. Straight quotes
/// toggle; curly quotes open and close; a stray closing curly mark after a space opens a quote
/// (some outlets type ” for both ends). A paragraph that ends inside a quotation continues into
/// the next paragraph when that one opens with a mark, as news style does for long quotes.
/// Single quotes are only read in the headline, where outlets use them for double quotes;
/// in the body they are apostrophes or quotes nested in a quote.
/// </summary>
public static class QuotationScanner
{
    public static IReadOnlyList<Quotation> Scan(Article article)
    {
        var text = article.Text;
        var found = new List<Quotation>();
        if (article.HeadlineSpan.Length > 0)
            ScanHeadline(text, article.HeadlineSpan, found);

        int? openAt = null;
        var openParagraph = 0;
        var paragraphs = article.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p].Span;
            // A quote carried over from the previous paragraph: the reopening mark is not a new quote.
            var first = span.Start;
            if (openAt is not null && first < span.End && IsDoubleMark(text[first]))
                first++;
            for (var i = first; i < span.End; i++)
            {
                var c = text[i];
                if (!IsDoubleMark(c))
                    continue;
                if (openAt is int start)
                {
                    if (c == '“' && i > start + 1 && OpensHere(text, i, span))
                    {
                        // A new opening mark while open: the previous quote lost its closing mark.
                        found.Add(Make(text, start, i, openParagraph, closed: false));
                        openAt = i;
                        openParagraph = paragraphs[p].Number;
                        continue;
                    }
                    found.Add(Make(text, start, i + 1, openParagraph, closed: true));
                    openAt = null;
                }
                else if (c == '“' || OpensHere(text, i, span))
                {
                    openAt = i;
                    openParagraph = paragraphs[p].Number;
                }
            }

            if (openAt is int pending)
            {
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1].Span : (TextSpan?)null;
                var continues = next is { } n && n.Length > 0 && IsOpeningMark(text[n.Start]);
                if (!continues)
                {
                    found.Add(Make(text, pending, span.End, openParagraph, closed: false));
                    openAt = null;
                }
            }
        }
        return found;
    }

    private static bool IsDoubleMark(char c) => c is '"' or '“' or '”';

    private static bool IsOpeningMark(char c) => c is '"' or '“';

    /// <summary>A straight or closing mark opens a quote when it stands at a word's start:
    /// after a space, a dash, a bracket or the paragraph's start, and before a word.</summary>
    private static bool OpensHere(string text, int i, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        var beforeOk = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '―' or '–' or '-' or ':' or '/';
        if (!beforeOk)
            return false;
        if (char.IsLetterOrDigit(after) || after is '‘' or '\'' or '$' or '.' or '(' or '…')
            return true;
        // "” witch hunt ”": a space after the mark, then a word.
        return after == ' ' && i + 2 < paragraph.End && char.IsLetterOrDigit(text[i + 2]);
    }

    private static void ScanHeadline(string text, TextSpan headline, List<Quotation> found)
    {
        int? open = null;
        var openChar = '\0';
        for (var i = headline.Start; i < headline.End; i++)
        {
            var c = text[i];
            var after = i + 1 < headline.End ? text[i + 1] : ' ';
            var before = i > headline.Start ? text[i - 1] : ' ';
            if (open is null)
            {
                if (c == '“' || (c == '"' && !char.IsLetterOrDigit(before)))
                {
                    open = i;
                    openChar = '"';
                }
                else if (c == '‘' || (c == '\'' && !char.IsLetterOrDigit(before) && char.IsLetter(after)))
                {
                    open = i;
                    openChar = '\'';
                }
            }
            else if (openChar == '"' && c is '”' or '"')
            {
                found.Add(Make(text, open.Value, i + 1, 0, closed: true));
                open = null;
            }
            else if (openChar == '\'' && c is '’' or '\'' && !char.IsLetterOrDigit(after))
            {
                found.Add(Make(text, open.Value, i + 1, 0, closed: true));
                open = null;
            }
        }
    }

    private static Quotation Make(string text, int start, int end, int paragraph, bool closed)
    {
        var innerStart = start + 1;
        var innerEnd = closed ? end - 1 : end;
        while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart]))
            innerStart++;
        while (innerEnd > innerStart && char.IsWhiteSpace(text[innerEnd - 1]))
            innerEnd--;
        return new Quotation(new TextSpan(start, end), new TextSpan(innerStart, innerEnd), paragraph, closed);
    }
}
