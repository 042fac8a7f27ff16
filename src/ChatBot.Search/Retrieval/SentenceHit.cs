using ChatBot.Search.Indexing;

namespace ChatBot.Search.Retrieval;

/// <summary>A sentence document found by a search, with its stored fields read once.</summary>
public sealed record SentenceHit(
    string ArticleId,
    int SentenceNumber,
    int Paragraph,
    string Text,
    string Headline,
    string ParagraphText,
    string? Outlet,
    DateOnly? Date,
    string? Url,
    string Kind,
    IReadOnlyList<StoredAttribution> Attributions,
    float Score)
{
    /// <summary>The analysed terms of the headline and nearby paragraphs.</summary>
    public IReadOnlySet<string> ContextTerms { get; init; } = new HashSet<string>();
}
