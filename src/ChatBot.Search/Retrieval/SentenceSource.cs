namespace ChatBot.Search.Retrieval;

/// <summary>Where a sentence was published: its article, the article's headline, outlet, date
/// and link, and the sentence's place in it.</summary>
public sealed record SentenceSource(
    string ArticleId,
    string Headline,
    string? Outlet,
    DateOnly? Date,
    string? Url,
    int Paragraph,
    int SentenceNumber);
