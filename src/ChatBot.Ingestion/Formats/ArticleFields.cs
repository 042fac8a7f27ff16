using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// The fields every format can carry (title, outlet, url, date, author) and how they become an
/// <see cref="Article"/>: the identity is the URL when known, else the path; metadata.json
/// overrides what the file says.
/// </summary>
public sealed partial record ArticleFields(string? Title, string? Outlet, string? Url, string? Date, string? Author)
{
    public static ArticleFields None { get; } = new(null, null, null, null, null);

    /// <summary>These fields with every field that <paramref name="metadata"/> gives replacing ours.</summary>
    public ArticleFields OverriddenBy(ArticleMetadata? metadata) => metadata is null ? this : new(
        Blank(metadata.Title) ?? Title,
        Blank(metadata.Outlet) ?? Outlet,
        Blank(metadata.Url) ?? Url,
        Blank(metadata.Date) ?? Date,
        Blank(metadata.Authors) ?? Author);

    /// <summary>The source, or the reason a field cannot be used (a date that is not a date).</summary>
    public ArticleSource ToSource(out string? error)
    {
        error = null;
        DateOnly? date = null;
        if (Blank(Date) is { } text)
        {
            date = ParseDate(text);
            if (date is null)
                error = $"the date '{text}' is not a date (write it as YYYY-MM-DD)";
        }
        return new ArticleSource(Blank(Outlet), NormalizeUrl(Url), date, Blank(Author));
    }

    /// <summary>The article's identity: its URL when known, else the path it was read from.</summary>
    public static string IdOf(ArticleSource source, string pathId) => source.Url ?? pathId;

    /// <summary>Dates as pages write them: "2018-07-16", "2018-07-16T09:30:00Z", "July 16, 2018".
    /// A timestamp's own calendar day is kept (no shift to the local time zone).</summary>
    public static DateOnly? ParseDate(string text)
    {
        text = text.Trim();
        var iso = IsoDate().Match(text);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var moment))
            return DateOnly.FromDateTime(moment.DateTime);
        return null;
    }

    /// <summary>A URL without its fragment and surrounding space, so the same page is one identity.</summary>
    public static string? NormalizeUrl(string? url)
    {
        if (Blank(url) is not { } text)
            return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return text;
        var builder = new UriBuilder(uri) { Fragment = "" };
        return builder.Uri.AbsoluteUri;
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
