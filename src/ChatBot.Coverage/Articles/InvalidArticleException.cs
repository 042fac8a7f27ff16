namespace ChatBot.Coverage.Articles;

/// <summary>An article file that cannot be read as an article; the message names the file and
/// the reason, so a batch can report it and carry on.</summary>
public sealed class InvalidArticleException(string articleId, string reason)
    : Exception($"{articleId}: {reason}")
{
    public string ArticleId { get; } = articleId;

    public string Reason { get; } = reason;
}
