namespace ChatBot.Coverage.Articles;

/// <summary>
/// One news article as read: its full text exactly as in the file (so offsets stay valid), the
/// headline and the body paragraphs as spans of that text, and where it was published.
/// </summary>
public sealed record Article(string Id, string Text, TextSpan HeadlineSpan, IReadOnlyList<Paragraph> Paragraphs, ArticleSource Source)
{
    public string Headline => HeadlineSpan.Of(Text).Trim();

    public string TextOf(TextSpan span) => span.Of(Text);

    /// <summary>The paragraph holding a position, or null for the headline and blank lines.</summary>
    public Paragraph? ParagraphAt(int position)
    {
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Span.Contains(position))
                return paragraph;
        }
        return null;
    }
}
