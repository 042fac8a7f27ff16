using System.Text.Json;
using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// One article as a JSON object: <c>title</c> and <c>text</c> (or <c>body</c>) are required;
/// <c>outlet</c>, <c>url</c>, <c>date</c>, <c>author</c> are optional. Paragraphs in the text are
/// separated by blank lines (or by single newlines when there is no blank line).
/// </summary>
public sealed class JsonArticleFormat : IArticleFormat
{
    public string Name => "JSON article";

    // A lone .json file in a folder is more often data than an article; JSON articles come in
    // over HTTP or as JSON lines.
    public IReadOnlyList<string> Extensions { get; } = [];

    public IReadOnlyList<string> MediaTypes { get; } = ["application/json"];

    public IEnumerable<ArticleReadResult> Read(ArticleInput input) => [ReadObject(input.Name, input.PathId, input.Text, input.Metadata)];

    /// <summary>Reads one JSON object; <paramref name="name"/> is used in errors.</summary>
    internal static ArticleReadResult ReadObject(string name, string pathId, string json, ArticleMetadata? metadata)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Failed(name, $"not valid JSON ({FirstSentence(e.Message)})");
        }
        if (root.ValueKind != JsonValueKind.Object)
            return ArticleReadResult.Failed(name, $"expected a JSON object with title and text, found {root.ValueKind.ToString().ToLowerInvariant()}");

        var title = StringField(root, "title") ?? StringField(root, "headline");
        var body = StringField(root, "text") ?? StringField(root, "body") ?? StringField(root, "content");
        var fields = new ArticleFields(title, StringField(root, "outlet") ?? StringField(root, "source"), StringField(root, "url"),
            StringField(root, "date"), StringField(root, "author") ?? StringField(root, "authors")).OverriddenBy(metadata);
        if (fields.Title is null)
            return ArticleReadResult.Failed(name, "missing field 'title'");
        if (body is null)
            return ArticleReadResult.Failed(name, "missing field 'text' (or 'body')");
        var source = fields.ToSource(out var error);
        if (error is not null)
            return ArticleReadResult.Failed(name, error);
        var paragraphs = SeedLayout.Paragraphs(body).ToList();
        if (paragraphs.Count > 0 && string.Equals(paragraphs[0], SeedLayout.OneLine(fields.Title), StringComparison.OrdinalIgnoreCase))
            paragraphs.RemoveAt(0);
        if (paragraphs.Count == 0)
            return ArticleReadResult.Failed(name, "the field 'text' is empty");
        return new ArticleReadResult(name, SeedLayout.Build(ArticleFields.IdOf(source, pathId), fields.Title, paragraphs, source), null);
    }

    private static string? StringField(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                continue;
            return property.Value.ValueKind switch
            {
                JsonValueKind.String => ArticleFields.Blank(property.Value.GetString()),
                JsonValueKind.Array => ArticleFields.Blank(string.Join(", ", property.Value.EnumerateArray()
                    .Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()))),
                JsonValueKind.Object when property.Value.TryGetProperty("name", out var inner) && inner.ValueKind == JsonValueKind.String
                    => ArticleFields.Blank(inner.GetString()),
                _ => null,
            };
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
