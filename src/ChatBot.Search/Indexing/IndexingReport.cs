namespace ChatBot.Search.Indexing;

/// <summary>What one indexing run did, file by file.</summary>
public sealed record IndexingReport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Removed,
    IReadOnlyList<(string File, string Reason)> Rejected)
{
    public int Sentences { get; init; }

    public int Attributions { get; init; }

    /// <summary>Articles recognised as the same story as one already indexed under another id
    /// (syndication): both are kept, and answers list one quote with both outlets.</summary>
    public IReadOnlyList<(string Article, string SameStoryAs)> Syndicated { get; init; } = [];

    public override string ToString() =>
        $"{Added.Count} added, {Updated.Count} updated, {Unchanged.Count} unchanged, {Removed.Count} removed, {Rejected.Count} rejected";
}
