using ChatBot.Search.Indexing;

namespace ChatBot.Ingestion;

/// <summary>The outcome of one upload: the article as now indexed, or why it was refused.</summary>
public sealed record UploadResult(UploadStatus Status, IndexedArticle? Article, string? SameStoryAs, string? Error)
{
    public static UploadResult Rejected(string error) => new(UploadStatus.Rejected, null, null, error);
}
