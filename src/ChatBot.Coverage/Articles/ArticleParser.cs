namespace ChatBot.Coverage.Articles;

/// <summary>
/// Reads the plain-text article format: the first non-blank line is the headline, then
/// paragraphs separated by blank lines. Offsets refer to the text exactly as given (no
/// normalisation), so attribution spans can be checked against the file.
/// </summary>
public static class ArticleParser
{
    public static Article Parse(string id, string text, ArticleSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);

        var blocks = Blocks(text).ToList();
        if (blocks.Count == 0)
            throw new InvalidArticleException(id, "the file has no text");

        var headline = blocks[0];
        // A headline is one line; if the first block has several lines, the rest is body text.
        var firstLineEnd = text.IndexOf('\n', headline.Start);
        if (firstLineEnd >= 0 && firstLineEnd < headline.End)
        {
            var rest = TrimSpan(text, new TextSpan(firstLineEnd + 1, headline.End));
            blocks[0] = TrimSpan(text, new TextSpan(headline.Start, firstLineEnd));
            if (rest.Length > 0)
                blocks.Insert(1, rest);
            headline = blocks[0];
        }

        var paragraphs = new List<Paragraph>(blocks.Count - 1);
        for (var i = 1; i < blocks.Count; i++)
            paragraphs.Add(new Paragraph(i, blocks[i]));

        return new Article(id, text, headline, paragraphs, source ?? ArticleSource.Unknown);
    }

    /// <summary>Non-blank runs of lines, trimmed, split at blank lines.</summary>
    private static IEnumerable<TextSpan> Blocks(string text)
    {
        var position = 0;
        int? blockStart = null;
        var blockEnd = 0;
        while (position <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', position);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var line = new TextSpan(position, lineEnd);
            if (string.IsNullOrWhiteSpace(text[line.Start..line.End]))
            {
                if (blockStart is int start)
                    yield return TrimSpan(text, new TextSpan(start, blockEnd));
                blockStart = null;
            }
            else
            {
                blockStart ??= position;
                blockEnd = lineEnd;
            }
            position = lineEnd + 1;
        }
        if (blockStart is int last)
            yield return TrimSpan(text, new TextSpan(last, blockEnd));
    }

    private static TextSpan TrimSpan(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return new TextSpan(start, end);
    }
}
