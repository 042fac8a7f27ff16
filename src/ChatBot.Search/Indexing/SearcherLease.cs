using Lucene.Net.Search;

namespace ChatBot.Search.Indexing;

/// <summary>A searcher taken from a <see cref="SearcherManager"/> and given back on dispose. Unlike
/// the manager's own context (a ref struct), it can be held across an iterator's yields.</summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        _searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(SearcherLease));

    public void Dispose()
    {
        if (_searcher is null)
            return;
        _manager.Release(_searcher);
        _searcher = null;
    }
}
