using ChatBot.Search.Indexing;

namespace ChatBot.Search.Retrieval;

/// <summary>A sentence document found by a search, with its stored fields read once.</summary>
public sealed record SentenceHit(
    string ArticleId,
    int SentenceNumber,
    int Paragraph,
    string Text,
    string Headline,
    string? Outlet,
    DateOnly? Date,
    string? Url,
    string Kind,
    IReadOnlyList<StoredAttribution> Attributions,
    float Score)
{
    /// <summary>Those of the terms the search asked about that the sentence's paragraph holds
    /// outside the sentence (in its other sentences; see <see cref="Indexing.SentenceFields.ParagraphWords"/>):
    /// those the sentence holds are in its own text, which the reader has.</summary>
    public IReadOnlySet<string> ParagraphTerms { get; init; } = new HashSet<string>();

    /// <summary>Those of the terms the search asked about that the headline and nearby
    /// paragraphs hold.</summary>
    public IReadOnlySet<string> ContextTerms { get; init; } = new HashSet<string>();

    /// <summary>Where the sentence was published.</summary>
    public SentenceSource Source => new(ArticleId, Headline, Outlet, Date, Url, Paragraph, SentenceNumber);
}
