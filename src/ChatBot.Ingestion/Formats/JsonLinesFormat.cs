using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// JSON lines: one article object per line, with the fields of <see cref="JsonArticleFormat"/>.
/// A bad line is reported as "file line N" and the other lines are still read. Without a URL an
/// article's identity is "path#line".
/// </summary>
public sealed class JsonLinesFormat : IArticleFormat
{
    public string Name => "JSON lines";

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IReadOnlyList<string> MediaTypes { get; } = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];

    public IEnumerable<ArticleReadResult> Read(ArticleInput input)
    {
        var lines = input.Text.Split('\n');
        var any = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            any = true;
            yield return JsonArticleFormat.ReadObject($"{input.Name} line {i + 1}", $"{input.PathId}#{i + 1}", line, null);
        }
        if (!any)
            yield return ArticleReadResult.Failed(input.Name, "the file has no lines of JSON");
    }
}
