namespace ChatBot.Coverage.Articles;

/// <summary>An article read from a file, or the reason it could not be.</summary>
public sealed record ArticleReadResult(string FileName, Article? Article, string? Error)
{
    public static ArticleReadResult Read(Article article) => new(article.Id, article, null);

    public static ArticleReadResult Failed(string fileName, string error) => new(fileName, null, error);
}
