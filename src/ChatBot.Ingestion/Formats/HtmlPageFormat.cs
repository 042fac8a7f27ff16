using AngleSharp.Html.Parser;
using ChatBot.Coverage.Articles;
using ChatBot.Ingestion.Formats.Html;

namespace ChatBot.Ingestion.Formats;

/// <summary>
/// A saved news page. The article's text is the story alone in the seed layout (headline line,
/// blank line, paragraphs); title, date, canonical URL and outlet come from the page's metadata.
/// A page with no story text (an index page, an error page) is rejected.
/// </summary>
public sealed class HtmlPageFormat : IArticleFormat
{
    /// <summary>Less story text than this is not an article (a teaser, an error page).</summary>
    public const int MinimumStoryCharacters = 200;

    public string Name => "HTML page";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IReadOnlyList<string> MediaTypes { get; } = ["text/html", "application/xhtml+xml"];

    public IEnumerable<ArticleReadResult> Read(ArticleInput input)
    {
        var page = new HtmlParser().ParseDocument(input.Text);
        var fields = PageMetadata.Read(page).OverriddenBy(input.Metadata);
        var source = fields.ToSource(out var error);
        if (error is not null)
            return [ArticleReadResult.Failed(input.Name, error)];
        var paragraphs = StoryText.Paragraphs(page).ToList();
        if (paragraphs.Sum(p => p.Length) < MinimumStoryCharacters)
            return [ArticleReadResult.Failed(input.Name, "the page has no article: no story paragraphs were found")];
        var title = fields.Title ?? paragraphs[0];
        if (string.Equals(paragraphs[0], title, StringComparison.OrdinalIgnoreCase))
            paragraphs.RemoveAt(0);
        return [new ArticleReadResult(input.Name, SeedLayout.Build(ArticleFields.IdOf(source, input.PathId), title, paragraphs, source), null)];
    }
}
