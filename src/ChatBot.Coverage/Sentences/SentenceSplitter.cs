using ChatBot.Coverage.Articles;
using ICU4N.Text;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Splits an article's paragraphs into sentences with ICU's sentence rules (through
/// Lucene.Net.ICU). Placeholder: the attribution work refines it.
/// </summary>
public sealed class SentenceSplitter
{
    public IReadOnlyList<Sentence> Split(Article article)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in article.Paragraphs)
        {
            var text = article.TextOf(paragraph.Span);
            var breaker = BreakIterator.GetSentenceInstance(System.Globalization.CultureInfo.InvariantCulture);
            breaker.SetText(text);
            var start = breaker.First();
            for (var end = breaker.Next(); end != BreakIterator.Done; start = end, end = breaker.Next())
            {
                var s = start;
                var e = end;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e <= s)
                    continue;
                var span = new TextSpan(paragraph.Span.Start + s, paragraph.Span.Start + e);
                sentences.Add(new Sentence(sentences.Count + 1, paragraph.Number, span, article.TextOf(span)));
            }
        }
        return sentences;
    }
}
