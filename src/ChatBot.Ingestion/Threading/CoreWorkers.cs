using System.Runtime.ExceptionServices;

namespace ChatBot.Ingestion.Threading;

/// <summary>
/// Runs a batch of CPU work on one thread per core, created for the batch, with the calling
/// thread as one of them; never on the thread pool. Reading and indexing a large folder keeps
/// every core busy for seconds to minutes, and the host answers questions meanwhile: work that
/// holds pool threads for that long starves the pool (it adds a thread only about twice a second),
/// so a question arriving during the start-up check of a large index waited seconds for a thread
/// to run on (<c>Parallel.ForEach</c> and PLINQ both run on the pool). The operating system
/// still shares the cores between these threads and the ones answering.
/// </summary>
public static class CoreWorkers
{
    /// <summary>Calls <paramref name="body"/> once for every index from 0 to
    /// <paramref name="count"/> - 1, in no particular order. The first exception stops the
    /// batch (the indexes not yet started are skipped) and is rethrown once every worker has
    /// stopped; so is a cancellation.</summary>
    public static void For(int count, CancellationToken cancellationToken, Action<int> body)
    {
        var next = -1;
        ExceptionDispatchInfo? failure = null;

        void Work()
        {
            try
            {
                int i;
                while (Volatile.Read(ref failure) is null && !cancellationToken.IsCancellationRequested
                       && (i = Interlocked.Increment(ref next)) < count)
                    body(i);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, count) - 1)];
        for (var t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Thread(Work) { IsBackground = true, Name = "CoreWorkers" };
            helpers[t].Start();
        }
        Work();
        foreach (var helper in helpers)
            helper.Join();
        failure?.Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>The results of <paramref name="map"/> for every item, in the items' order,
    /// computed as <see cref="For"/> does.</summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, CancellationToken cancellationToken, Func<TItem, TResult> map)
    {
        var results = new TResult[items.Count];
        For(items.Count, cancellationToken, i => results[i] = map(items[i]));
        return results;
    }
}
