using System.Diagnostics;

namespace ChatBot.Ingestion.Ingesting;

/// <summary>
/// When a long ingest commits: after <c>first</c> articles, then after twice as many as the
/// time before, up to <c>atMost</c> articles between commits, and whenever <c>interval</c> has
/// passed since the last one. Thread-safe: workers report each indexed article.
/// </summary>
internal sealed class CommitSchedule(int first, int atMost, TimeSpan interval)
{
    private readonly object _lock = new();
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private int _every = Math.Max(1, first);
    private int _sinceLast;

    /// <summary>Counts one more indexed article; true when it is time to commit.</summary>
    public bool Due()
    {
        lock (_lock)
        {
            _sinceLast++;
            if (_sinceLast < _every && _sinceCommit.Elapsed < interval)
                return false;
            _sinceLast = 0;
            _every = Math.Min(Math.Max(1, atMost), _every * 2);
            _sinceCommit.Restart();
            return true;
        }
    }
}
