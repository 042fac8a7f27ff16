using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Finds quotations in an article with one left-to-right pass over the marks. Straight quotes
/// (and the two apostrophes some archives write instead) toggle; curly quotes open and close; a
/// stray closing curly mark after a space opens a quote (some outlets type ” for both ends).
/// Works line by line, since many archives end paragraphs with a single newline: a line that
/// ends inside a quotation continues into the next when that one opens with a mark, as news
/// style does for long quotes; otherwise the quotation ends with its line, unclosed.
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
        // Lines, not blank-line paragraphs: many archives end paragraphs with a single newline,
        // and a quote never runs on over a line break unless the next line reopens it.
        var paragraphs = Lines(article);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p].Span;
            // A quote carried over from the previous paragraph: the reopening mark is not a new quote.
            var first = span.Start;
            if (openAt is not null && MarkWidth(text, first, span.End) is var reopen and > 0 && IsOpeningMark(text, first))
                first += reopen;
            for (var i = first; i < span.End; i++)
            {
                var width = MarkWidth(text, i, span.End);
                if (width == 0)
                    continue;
                var c = text[i];
                if (openAt is int start)
                {
                    if (c == '“' && i > start + 1 && OpensHere(text, i, width, span))
                    {
                        // A new opening mark while open: the previous quote lost its closing mark.
                        found.Add(Make(text, start, i, 0, openParagraph, closed: false));
                        openAt = i;
                        openParagraph = paragraphs[p].Number;
                        continue;
                    }
                    found.Add(Make(text, start, i + width, width, openParagraph, closed: true));
                    openAt = null;
                }
                else if (c == '“' || OpensHere(text, i, width, span))
                {
                    openAt = i;
                    openParagraph = paragraphs[p].Number;
                }
                i += width - 1;
            }

            if (openAt is int pending)
            {
                var next = p + 1 < paragraphs.Count ? paragraphs[p + 1].Span : (TextSpan?)null;
                var continues = next is { } n && n.Length > 0 && IsOpeningMark(text, n.Start);
                if (!continues)
                {
                    found.Add(Make(text, pending, span.End, 0, openParagraph, closed: false));
                    openAt = null;
                }
            }
        }
        return found;
    }

    /// <summary>The body's non-blank lines, each with the number of the paragraph it is in.</summary>
    private static List<Paragraph> Lines(Article article)
    {
        var text = article.Text;
        var lines = new List<Paragraph>(article.Paragraphs.Count);
        foreach (var paragraph in article.Paragraphs)
        {
            var start = paragraph.Span.Start;
            while (start < paragraph.Span.End)
            {
                var end = text.IndexOf('\n', start, paragraph.Span.End - start);
                if (end < 0)
                    end = paragraph.Span.End;
                var s = start;
                var e = end;
                while (s < e && char.IsWhiteSpace(text[s]))
                    s++;
                while (e > s && char.IsWhiteSpace(text[e - 1]))
                    e--;
                if (e > s)
                    lines.Add(new Paragraph(paragraph.Number, new TextSpan(s, e)));
                start = end + 1;
            }
        }
        return lines;
    }

    /// <summary>Width of a double quotation mark at <paramref name="i"/>: 1 for " “ ”, 2 for
    /// the two apostrophes some archives (the New York Times) use instead, 0 for none.</summary>
    private static int MarkWidth(string text, int i, int end)
    {
        var c = text[i];
        if (c is '"' or '“' or '”')
            return 1;
        if (c == '\'' && i + 1 < end && text[i + 1] == '\'' && (i + 2 >= end || text[i + 2] != '\''))
            return 2;
        return 0;
    }

    private static bool IsOpeningMark(string text, int i) => text[i] is '"' or '“' || (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'');

    /// <summary>A straight or closing mark opens a quote when it stands at a word's start:
    /// after a space, a dash, a bracket or the paragraph's start, and before a word.</summary>
    private static bool OpensHere(string text, int i, int width, TextSpan paragraph)
    {
        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + width < paragraph.End ? text[i + width] : ' ';
        var beforeOk = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '―' or '–' or '-' or ':' or '/';
        if (!beforeOk)
            return false;
        if (char.IsLetterOrDigit(after) || after is '‘' or '\'' or '$' or '.' or '(' or '…')
            return true;
        // "” witch hunt ”", "” … what I learned": a space after the mark, then a word or an ellipsis.
        return after == ' ' && i + width + 1 < paragraph.End && (char.IsLetterOrDigit(text[i + width + 1]) || text[i + width + 1] == '…');
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
                found.Add(Make(text, open.Value, i + 1, 1, 0, closed: true));
                open = null;
            }
            else if (openChar == '\'' && c is '’' or '\'' && !char.IsLetterOrDigit(after))
            {
                found.Add(Make(text, open.Value, i + 1, 1, 0, closed: true));
                open = null;
            }
        }
    }

    private static Quotation Make(string text, int start, int end, int closingWidth, int paragraph, bool closed)
    {
        var innerStart = start + Math.Max(1, MarkWidth(text, start, end));
        var innerEnd = end - closingWidth;
        while (innerStart < innerEnd && char.IsWhiteSpace(text[innerStart]))
            innerStart++;
        while (innerEnd > innerStart && char.IsWhiteSpace(text[innerEnd - 1]))
            innerEnd--;
        return new Quotation(new TextSpan(start, end), new TextSpan(innerStart, innerEnd), paragraph, closed);
    }
}
