namespace ChatBot.Ingestion.Formats;

/// <summary>Every format the ingestion reads, looked up by file extension or media type.</summary>
public sealed class ArticleFormats
{
    public static ArticleFormats All { get; } = new([new PlainTextFormat(), new FrontMatterFormat(), new HtmlPageFormat(), new JsonLinesFormat(), new JsonArticleFormat()]);

    private readonly IReadOnlyList<IArticleFormat> _formats;

    public ArticleFormats(IReadOnlyList<IArticleFormat> formats) => _formats = formats;

    public IEnumerable<string> Extensions => _formats.SelectMany(f => f.Extensions);

    public IArticleFormat? ForPath(string path)
    {
        var extension = Path.GetExtension(path);
        return _formats.FirstOrDefault(f => f.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The format for a Content-Type such as "text/html; charset=utf-8".</summary>
    public IArticleFormat? ForMediaType(string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        return string.IsNullOrEmpty(mediaType) ? null
            : _formats.FirstOrDefault(f => f.MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The extension a stored copy of an upload in this format gets.</summary>
    public static string ExtensionFor(IArticleFormat format) => format switch
    {
        JsonArticleFormat => ".jsonl",
        _ => format.Extensions[0],
    };
}
