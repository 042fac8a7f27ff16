using System.Text.RegularExpressions;
using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// Markdown (or text) with a small front matter block of <c>key: value</c> lines between
/// <c>---</c> lines: title, outlet, url, date, author. The body's Markdown marks (headings,
/// emphasis, links, images, quotes, list bullets) are dropped; what remains is laid out in the
/// seed layout. Without a title the body's first block is the headline.
/// </summary>
public sealed partial class FrontMatterFormat : IArticleFormat
{
    public string Name => "Markdown";

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public IReadOnlyList<string> MediaTypes { get; } = ["text/markdown", "text/x-markdown"];

    public static bool HasFrontMatter(string text) => FrontMatterStart().IsMatch(text);

    public IEnumerable<ArticleReadResult> Read(ArticleInput input)
    {
        var text = input.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var fields = ArticleFields.None;
        var body = text;
        if (HasFrontMatter(text))
        {
            var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
            var end = ClosingLine().Match(text, start);
            if (!end.Success)
                return [ArticleReadResult.Failed(input.Name, "the front matter starting with '---' has no closing '---' line")];
            fields = ParseFields(text[start..end.Index]);
            body = text[(end.Index + end.Length)..];
        }

        var source = fields.OverriddenBy(input.Metadata).ToSource(out var error);
        if (error is not null)
            return [ArticleReadResult.Failed(input.Name, error)];

        var blocks = SeedLayout.Paragraphs(body).Select(Unmark).Where(b => b.Length > 0).ToList();
        var title = fields.OverriddenBy(input.Metadata).Title;
        if (title is null)
        {
            if (blocks.Count == 0)
                return [ArticleReadResult.Failed(input.Name, "the file has no text")];
            title = blocks[0];
            blocks.RemoveAt(0);
        }
        else if (blocks.Count > 0 && string.Equals(blocks[0], SeedLayout.OneLine(title), StringComparison.OrdinalIgnoreCase))
        {
            // The Markdown repeats the title as its "# heading".
            blocks.RemoveAt(0);
        }
        if (blocks.Count == 0)
            return [ArticleReadResult.Failed(input.Name, "the article has a headline but no paragraphs")];
        return [new ArticleReadResult(input.Name, SeedLayout.Build(ArticleFields.IdOf(source, input.PathId), title, blocks, source), null)];
    }

    private static ArticleFields ParseFields(string block)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in block.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || line.StartsWith('#'))
                continue;
            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
                value = value[1..^1];
            values[line[..colon].Trim()] = value;
        }
        return new ArticleFields(
            values.GetValueOrDefault("title") ?? values.GetValueOrDefault("headline"),
            values.GetValueOrDefault("outlet") ?? values.GetValueOrDefault("publisher") ?? values.GetValueOrDefault("source"),
            values.GetValueOrDefault("url") ?? values.GetValueOrDefault("link"),
            values.GetValueOrDefault("date") ?? values.GetValueOrDefault("published"),
            values.GetValueOrDefault("author") ?? values.GetValueOrDefault("authors"));
    }

    /// <summary>A block of Markdown as the words a reader sees.</summary>
    private static string Unmark(string block)
    {
        block = Image().Replace(block, "");
        block = Link().Replace(block, "$1");
        block = LinePrefix().Replace(block, "");
        block = Emphasis().Replace(block, "");
        return SeedLayout.OneLine(block);
    }

    [GeneratedRegex(@"\A\uFEFF?---[ \t]*\n")]
    private static partial Regex FrontMatterStart();

    [GeneratedRegex(@"^---[ \t]*$\n?", RegexOptions.Multiline)]
    private static partial Regex ClosingLine();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    // Headings, block quotes and list bullets at the start of a block.
    [GeneratedRegex(@"^(#{1,6}\s+|>\s?|[-*+]\s+)")]
    private static partial Regex LinePrefix();

    // Bold and italic marks around words; a lone asterisk or underscore inside a word stays.
    [GeneratedRegex(@"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")]
    private static partial Regex Emphasis();
}
