using ChatBot.Answering.Answers;
using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Tests.Answers;

/// <summary>The search result cache: a repeated search is answered from it until the index
/// changes, and it holds no more than its capacity.</summary>
public sealed class SearchResultCacheTests : IDisposable
{
    private readonly CoverageIndex _index = CoverageIndex.InMemory();

    [Fact]
    public void GetOrAdd_SameKeyTwice_SearchesOnce()
    {
        var cache = new SearchResultCache(_index, capacity: 4);
        var searches = 0;

        var first = cache.GetOrAdd("k", () => new Result(++searches));
        var second = cache.GetOrAdd("k", () => new Result(++searches));

        Assert.Same(first, second);
        Assert.Equal(1, searches);
    }

    [Fact]
    public void GetOrAdd_AfterTheIndexCommits_SearchesAgain()
    {
        var cache = new SearchResultCache(_index, capacity: 4);
        var first = cache.GetOrAdd("k", () => new Result(1));

        _index.Commit();
        var second = cache.GetOrAdd("k", () => new Result(2));

        Assert.Equal(2, second.Search);
        Assert.NotSame(first, second);
    }

    [Fact]
    public void GetOrAdd_BeyondCapacity_ForgetsTheLeastRecentlyUsed()
    {
        var cache = new SearchResultCache(_index, capacity: 2);
        cache.GetOrAdd("a", () => new Result(1));
        cache.GetOrAdd("b", () => new Result(2));
        cache.GetOrAdd("a", () => new Result(3));

        cache.GetOrAdd("c", () => new Result(4));

        Assert.Equal(1, cache.GetOrAdd("a", () => new Result(5)).Search);
        Assert.Equal(6, cache.GetOrAdd("b", () => new Result(6)).Search);
    }

    [Fact]
    public void GetOrAdd_CapacityZero_AlwaysSearches()
    {
        var cache = new SearchResultCache(_index, capacity: 0);
        cache.GetOrAdd("k", () => new Result(1));

        Assert.Equal(2, cache.GetOrAdd("k", () => new Result(2)).Search);
    }

    public void Dispose() => _index.Dispose();

    private sealed record Result(int Search);
}
