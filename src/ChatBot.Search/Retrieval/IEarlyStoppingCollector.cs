using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ChatBot.Search.Retrieval;

/// <summary>A collector that tells <see cref="EarlyStoppingSearch"/> when it has seen enough.</summary>
internal interface IEarlyStoppingCollector
{
    /// <summary>The matches of <paramref name="leaf"/> come next, scored by <paramref name="scorer"/>.</summary>
    void SetSegment(AtomicReaderContext leaf, Scorer scorer);

    /// <summary>Takes a match of the current segment (a segment-relative document number).</summary>
    StopVerdict Collect(int doc);

    /// <summary>The matches kept, best first.</summary>
    TopDocs TopDocs { get; }
}
