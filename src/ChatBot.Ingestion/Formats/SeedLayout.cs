using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// Writes a headline and paragraphs in the seed layout (headline line, blank line, paragraphs
/// separated by blank lines) and reads that back with <see cref="ArticleParser"/>, so every
/// offset of the article is valid against its own <see cref="Article.Text"/>, whatever format
/// it came from.
/// </summary>
public static partial class SeedLayout
{
    public static Article Build(string id, string headline, IEnumerable<string> paragraphs, ArticleSource source)
    {
        var text = new StringBuilder(OneLine(headline));
        foreach (var paragraph in paragraphs.Select(OneLine).Where(p => p.Length > 0))
            text.Append("\n\n").Append(paragraph);
        return ArticleParser.Parse(id, text.ToString(), source);
    }

    /// <summary>Blocks of text separated by blank lines; when there is no blank line at all but
    /// several lines, each line is a paragraph (as feeds often write bodies).</summary>
    public static IReadOnlyList<string> Paragraphs(string body)
    {
        body = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var blocks = BlankLines().Split(body).Select(OneLine).Where(b => b.Length > 0).ToList();
        if (blocks.Count == 1 && body.Trim().Contains('\n', StringComparison.Ordinal))
            return body.Split('\n').Select(OneLine).Where(b => b.Length > 0).ToList();
        return blocks;
    }

    /// <summary>Whitespace runs (newlines, tabs, non-breaking spaces) as one space, trimmed.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Whitespace();
}
