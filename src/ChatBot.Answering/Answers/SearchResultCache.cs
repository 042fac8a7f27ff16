using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Answers;

/// <summary>
/// The results of recent searches, so a question many readers ask while a story runs (or one
/// reader paging with "more") is searched once per change of the index, like a search server's
/// query result cache. Keyed by everything a search depends on; emptied whenever the index
/// commits; bounded, the least recently used entry going first. Thread-safe; the search itself
/// runs outside the lock.
/// </summary>
internal sealed class SearchResultCache(CoverageIndex index, int capacity)
{
    private readonly object _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, object Value)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, object Value)> _recent = new();
    private long _generation = -1;

    public T GetOrAdd<T>(string key, Func<T> search) where T : class
    {
        if (capacity <= 0)
            return search();
        var generation = index.Generation;
        lock (_lock)
        {
            if (_generation != generation)
            {
                _entries.Clear();
                _recent.Clear();
                _generation = generation;
            }
            if (_entries.TryGetValue(key, out var node) && node.Value.Value is T cached)
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return cached;
            }
        }
        var value = search();
        lock (_lock)
        {
            if (_generation == generation && !_entries.ContainsKey(key))
            {
                _entries[key] = _recent.AddFirst((key, value));
                if (_entries.Count > capacity)
                {
                    _entries.Remove(_recent.Last!.Value.Key);
                    _recent.RemoveLast();
                }
            }
        }
        return value;
    }
}
