using ChatBot.Coverage.Articles;

namespace ChatBot.Ingestion.Reading;

/// <summary>An article read from a file (or the reason it could not be), with the file's full
/// path as its origin. <see cref="Name"/> is how messages call it (a path, "file line 3").</summary>
public sealed record ArticleCandidate(string Name, string Origin, Article? Article, string? Error)
{
    public static ArticleCandidate Failed(string name, string origin, string error) => new(name, origin, null, error);
}
