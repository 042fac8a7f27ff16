namespace ChatBot.Coverage.Articles;

/// <summary>Where an article was published. Every part is optional: without metadata the
/// headline and file name are all we can cite.</summary>
public sealed record ArticleSource(string? Outlet, string? Url, DateOnly? Date, string? Author = null)
{
    public static ArticleSource Unknown { get; } = new(null, null, null);
}
