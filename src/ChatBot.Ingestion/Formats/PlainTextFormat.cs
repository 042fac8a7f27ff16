using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Formats;

/// <summary>The seed format: headline line, blank line, paragraphs separated by blank lines. The
/// text is kept exactly as written (offsets point into the file). A .txt file that starts with
/// a <c>---</c> front matter block is read as <see cref="FrontMatterFormat"/>.</summary>
public sealed class PlainTextFormat : IArticleFormat
{
    public string Name => "plain text";

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public IReadOnlyList<string> MediaTypes { get; } = ["text/plain"];

    public IEnumerable<ArticleReadResult> Read(ArticleInput input)
    {
        if (FrontMatterFormat.HasFrontMatter(input.Text))
            return new FrontMatterFormat().Read(input);
        return [ReadPlain(input)];
    }

    private static ArticleReadResult ReadPlain(ArticleInput input)
    {
        var source = ArticleFields.None.OverriddenBy(input.Metadata).ToSource(out var error);
        if (error is not null)
            return ArticleReadResult.Failed(input.Name, error);
        try
        {
            return new ArticleReadResult(input.Name, ArticleParser.Parse(ArticleFields.IdOf(source, input.PathId), input.Text, source), null);
        }
        catch (InvalidArticleException e)
        {
            return ArticleReadResult.Failed(input.Name, e.Reason);
        }
    }
}
