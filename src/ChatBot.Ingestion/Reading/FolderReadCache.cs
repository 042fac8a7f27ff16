using System.Collections.Concurrent;

namespace ChatBot.Ingestion.Reading;

/// <summary>
/// What each file of a watched folder read as last time, by its size and write time (and those
/// of the metadata.json beside it), so reading the folder again after one change re-reads only
/// the files that changed. One folder synchronisation at a time uses it, reading its files in
/// parallel.
/// </summary>
public sealed class FolderReadCache
{
    private readonly ConcurrentDictionary<string, (string Stamp, IReadOnlyList<ArticleCandidate> Candidates)> _files = new(StringComparer.Ordinal);

    internal bool TryGet(string path, string stamp, out IReadOnlyList<ArticleCandidate> candidates)
    {
        if (_files.TryGetValue(path, out var entry) && entry.Stamp == stamp)
        {
            candidates = entry.Candidates;
            return true;
        }
        candidates = [];
        return false;
    }

    internal void Set(string path, string stamp, IReadOnlyList<ArticleCandidate> candidates) => _files[path] = (stamp, candidates);

    /// <summary>Forgets the files that are gone.</summary>
    internal void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var gone in _files.Keys.Where(p => !paths.Contains(p)).ToList())
            _files.TryRemove(gone, out _);
    }

    internal static string StampOf(string path)
    {
        var file = new FileInfo(path);
        var metadata = new FileInfo(Path.Combine(file.DirectoryName!, Coverage.Articles.ArticleFolder.MetadataFileName));
        return string.Join("|", file.Length, file.LastWriteTimeUtc.Ticks,
            metadata.Exists ? metadata.Length : -1, metadata.Exists ? metadata.LastWriteTimeUtc.Ticks : 0);
    }
}
