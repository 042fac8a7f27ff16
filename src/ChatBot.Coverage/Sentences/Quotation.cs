using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// A passage in quotation marks. <see cref="Span"/> includes the marks; <see cref="Inner"/> is
/// the quoted words without them (trimmed). A quotation may run over several paragraphs (news
/// convention: an open quote at a paragraph's end continues where the next paragraph reopens it).
/// <see cref="Paragraph"/> is the paragraph it starts in (0 for the headline).
/// </summary>
public sealed record Quotation(TextSpan Span, TextSpan Inner, int Paragraph, bool Closed)
{
    /// <summary>Number of words inside the marks, to tell a scare quote from a statement.</summary>
    public int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        for (var i = Inner.Start; i < Inner.End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }
        return count;
    }
}
