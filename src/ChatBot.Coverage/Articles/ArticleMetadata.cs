using System.Globalization;
using System.Text.Json;

namespace ChatBot.Coverage.Articles;

/// <summary>One entry of a folder's <c>metadata.json</c>. Unknown fields are ignored; a missing
/// or malformed field just leaves that part of the source unknown.</summary>
public sealed record ArticleMetadata(string? Title, string? Outlet, string? Url, string? Date, string? Authors = null)
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public ArticleSource ToSource() => new(
        Blank(Outlet),
        Blank(Url),
        DateOnly.TryParse(Date, CultureInfo.InvariantCulture, out var date) ? date : null,
        Blank(Authors));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
