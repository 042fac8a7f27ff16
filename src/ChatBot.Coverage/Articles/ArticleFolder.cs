using System.Text;
using System.Text.Json;

namespace ChatBot.Coverage.Articles;

/// <summary>
/// Reads every <c>*.txt</c> article in a folder, with the optional <c>metadata.json</c> beside
/// them that maps a file name to <c>{title, outlet, url, date}</c>. A file that cannot be read
/// is reported, not thrown, so one broken file never stops the rest.
/// </summary>
public static class ArticleFolder
{
    public const string MetadataFileName = "metadata.json";

    /// <summary>Articles larger than this are refused: no real news story comes near it.</summary>
    public const long MaxArticleBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<ArticleReadResult> Read(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The articles folder '{folder}' does not exist.");

        var metadata = ReadMetadata(folder, out var metadataError);
        if (metadataError is not null)
            yield return ArticleReadResult.Failed(MetadataFileName, metadataError);

        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            yield return ReadFile(path, metadata.GetValueOrDefault(Path.GetFileName(path)));
    }

    public static ArticleReadResult ReadFile(string path, ArticleMetadata? metadata = null)
    {
        var id = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (info.Length == 0)
                return ArticleReadResult.Failed(id, "the file is empty");
            if (info.Length > MaxArticleBytes)
                return ArticleReadResult.Failed(id, $"the file is {info.Length / (1024 * 1024)} MB, over the {MaxArticleBytes / (1024 * 1024)} MB limit for one article");

            var bytes = File.ReadAllBytes(path);
            if (Array.IndexOf(bytes, (byte)0) >= 0)
                return ArticleReadResult.Failed(id, "the file is binary, not text");
            string text;
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return ArticleReadResult.Failed(id, "the file is not UTF-8 text");
            }
            if (text.Length > 0 && text[0] == '\uFEFF')
                text = text[1..];

            var source = metadata?.ToSource() ?? ArticleSource.Unknown;
            var article = ArticleParser.Parse(id, text, source);
            return ArticleReadResult.Read(article);
        }
        catch (InvalidArticleException e)
        {
            return ArticleReadResult.Failed(id, e.Reason);
        }
        catch (IOException e)
        {
            return ArticleReadResult.Failed(id, $"the file could not be read ({e.Message})");
        }
        catch (UnauthorizedAccessException)
        {
            return ArticleReadResult.Failed(id, "the file could not be read (access denied)");
        }
    }

    private static Dictionary<string, ArticleMetadata> ReadMetadata(string folder, out string? error)
    {
        error = null;
        var path = Path.Combine(folder, MetadataFileName);
        if (!File.Exists(path))
            return [];
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<Dictionary<string, ArticleMetadata>>(stream, ArticleMetadata.JsonOptions) ?? [];
        }
        catch (JsonException e)
        {
            error = $"the metadata is not valid JSON ({e.Message}); articles are read without it";
            return [];
        }
    }
}
