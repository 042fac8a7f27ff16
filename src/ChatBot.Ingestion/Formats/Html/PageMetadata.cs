using System.Text.Json;
using AngleSharp.Dom;

namespace ChatBot.Ingestion.Formats.Html;

/// <summary>
/// What a news page says about itself, from the most to the least specific: JSON-LD
/// (<c>NewsArticle</c> and kin), Open Graph and <c>article:</c> meta tags, the canonical link,
/// a <c>&lt;time datetime&gt;</c>, the <c>&lt;title&gt;</c>.
/// </summary>
internal static class PageMetadata
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "LiveBlogPosting",
    };

    public static ArticleFields Read(IDocument page)
    {
        var ld = JsonLdArticle(page);
        var title = Get(ld, "headline") ?? Meta(page, "og:title") ?? Meta(page, "twitter:title")
            ?? page.QuerySelector("h1")?.TextContent ?? page.Title;
        var url = page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url")
            ?? Get(ld, "url") ?? Get(ld, "mainEntityOfPage");
        var outlet = Get(ld, "publisher") ?? Meta(page, "og:site_name") ?? Meta(page, "application-name");
        var date = Get(ld, "datePublished") ?? Meta(page, "article:published_time") ?? Meta(page, "date") ?? Meta(page, "pubdate")
            ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var author = Get(ld, "author") ?? Meta(page, "author") ?? Meta(page, "article:author");
        return new ArticleFields(Clean(title), Clean(outlet), Clean(url), Clean(date), Clean(author));
    }

    private static string? Meta(IDocument page, string key)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && ArticleFields.Blank(meta.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    /// <summary>The first JSON-LD object typed as an article, looking inside arrays and @graph.
    /// A block that is not valid JSON is skipped: pages often carry broken ones.</summary>
    private static JsonElement? JsonLdArticle(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var document = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(document.RootElement) is { } found)
                    return found.Clone();
            }
            catch (JsonException)
            {
            }
        }
        return null;
    }

    private static JsonElement? Find(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item) is { } found)
                    return found;
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (element.TryGetProperty("@type", out var type) && IsArticleType(type))
            return element;
        return element.TryGetProperty("@graph", out var graph) ? Find(graph) : null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    /// <summary>A JSON-LD value as text: a string, the name or @id of an object, the values of an
    /// array joined (several authors).</summary>
    private static string? Get(JsonElement? element, string property)
    {
        if (element is not { } e || !e.TryGetProperty(property, out var value))
            return null;
        return Text(value);
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ArticleFields.Blank(value.GetString()),
        JsonValueKind.Object => value.TryGetProperty("name", out var name) ? Text(name)
            : value.TryGetProperty("@id", out var id) ? Text(id)
            : value.TryGetProperty("url", out var url) ? Text(url) : null,
        JsonValueKind.Array => ArticleFields.Blank(string.Join(", ", value.EnumerateArray().Select(Text).Where(t => t is not null).Distinct())),
        _ => null,
    };

    private static string? Clean(string? value) => ArticleFields.Blank(value) is { } text ? SeedLayout.OneLine(System.Net.WebUtility.HtmlDecode(text)) : null;
}
