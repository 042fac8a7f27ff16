using ChatBot.Coverage.Articles;
using ICU4N.Text;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Splits an article's paragraphs into sentences: ICU's sentence rules (through Lucene.Net.ICU),
/// then two repairs. ICU breaks after title abbreviations and initials ("Sen. | Warren",
/// "John F. | Kennedy"), so those breaks are undone; and ICU breaks inside a quotation that
/// holds several sentences, so sentences are joined until the quotation closes (within the
/// paragraph), keeping a quote and its speaker in one sentence. Thread-safe: each thread gets its
/// own ICU iterator (ICU iterators hold state and are costly to create).
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly BreakIterator Prototype =
        BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);

    private readonly ThreadLocal<BreakIterator> _breaker = new(() => (BreakIterator)Prototype.Clone());

    public IReadOnlyList<Sentence> Split(Article article) => Split(article, QuotationScanner.Scan(article));

    public IReadOnlyList<Sentence> Split(Article article, IReadOnlyList<Quotation> quotations)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var sentences = new List<Sentence>();
        var breaker = _breaker.Value!;
        var pieces = new List<TextSpan>();
        foreach (var paragraph in article.Paragraphs)
        {
            pieces.Clear();
            var paragraphText = article.TextOf(paragraph.Span);
            breaker.SetText(paragraphText);
            var start = breaker.First();
            for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
            {
                var span = Trim(text, new TextSpan(paragraph.Span.Start + start, paragraph.Span.Start + end));
                if (span.Length > 0)
                    pieces.Add(span);
            }

            JoinFalseBreaks(text, pieces);
            JoinQuotations(pieces, quotations);
            foreach (var span in pieces)
                sentences.Add(new Sentence(sentences.Count + 1, paragraph.Number, span, article.TextOf(span)));
        }
        return sentences;
    }

    private static void JoinFalseBreaks(string text, List<TextSpan> pieces)
    {
        for (var i = 0; i + 1 < pieces.Count;)
        {
            var lineBreak = text.IndexOf('\n', pieces[i].End, pieces[i + 1].Start - pieces[i].End) >= 0;
            if (!lineBreak && Abbreviations.JoinsAcross(LastWord(text, pieces[i]), FirstWord(text, pieces[i + 1])))
            {
                pieces[i] = new TextSpan(pieces[i].Start, pieces[i + 1].End);
                pieces.RemoveAt(i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Joins a sentence with the next while a quotation crosses the boundary.</summary>
    private static void JoinQuotations(List<TextSpan> pieces, IReadOnlyList<Quotation> quotations)
    {
        if (pieces.Count < 2)
            return;
        var paragraphStart = pieces[0].Start;
        var paragraphEnd = pieces[^1].End;
        foreach (var quote in quotations)
        {
            if (quote.Span.End <= paragraphStart || quote.Span.Start >= paragraphEnd)
                continue;
            for (var i = 0; i + 1 < pieces.Count;)
            {
                var boundary = pieces[i].End;
                if (quote.Span.Start < boundary && quote.Span.End > pieces[i + 1].Start)
                {
                    pieces[i] = new TextSpan(pieces[i].Start, pieces[i + 1].End);
                    pieces.RemoveAt(i + 1);
                }
                else
                {
                    i++;
                }
            }
        }
    }

    private static string LastWord(string text, TextSpan span)
    {
        var end = span.End;
        var start = end;
        while (start > span.Start && !char.IsWhiteSpace(text[start - 1]))
            start--;
        // Keep the final period ("Sen."), drop brackets and quotes before the word.
        while (start < end && !char.IsLetterOrDigit(text[start]))
            start++;
        return text[start..end];
    }

    private static string FirstWord(string text, TextSpan span)
    {
        var start = span.Start;
        while (start < span.End && !char.IsLetterOrDigit(text[start]))
            start++;
        var end = start;
        while (end < span.End && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '\'' or '’'))
            end++;
        return text[start..end].TrimEnd('.');
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(text[s]))
            s++;
        while (e > s && char.IsWhiteSpace(text[e - 1]))
            e--;
        return new TextSpan(s, e);
    }
}
