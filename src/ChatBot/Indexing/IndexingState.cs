using ChatBot.Search.Indexing;

namespace ChatBot.Indexing;

/// <summary>
/// Whether the coverage can be searched yet, and how far the start-up indexing has come, so the
/// bot can say "still reading" instead of answering from half an index, and /healthz can report
/// readiness apart from liveness.
/// </summary>
public sealed class IndexingState
{
    private volatile bool _ready;
    private int _read;
    private int _total;

    public bool IsReady => _ready;

    public int ArticlesRead => Volatile.Read(ref _read);

    public int ArticlesTotal => Volatile.Read(ref _total);

    public IndexingReport? LastReport { get; private set; }

    public string? LastError { get; private set; }

    internal void Started(int total) => Volatile.Write(ref _total, total);

    internal void Progress(int read) => Volatile.Write(ref _read, read);

    internal void MarkReady() => _ready = true;

    internal void Completed(IndexingReport report)
    {
        LastReport = report;
        LastError = null;
        _ready = true;
    }

    internal void Failed(string error) => LastError = error;
}
