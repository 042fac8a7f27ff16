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

    public override string ToString() =>
        $"{Added.Count} added, {Updated.Count} updated, {Unchanged.Count} unchanged, {Removed.Count} removed, {Rejected.Count} rejected";
}
