namespace ChatBot.Search.Indexing;

/// <summary>One article as the last commit holds it. <see cref="Sentences"/> and
/// <see cref="Quotes"/> are counted only when asked for (they read every sentence).</summary>
public sealed record IndexedArticle(
    string Id,
    string Headline,
    string? Outlet,
    string? Date,
    string? Url,
    string? Origin,
    string? ContentHash,
    string? Fingerprint,
    int Sentences,
    int Quotes);
