using System.Collections.Concurrent;
using ChatBot.Ingestion.Threading;

namespace ChatBot.Ingestion.Tests.Threading;

/// <summary>The batch runner that reads and indexes a folder on every core without taking the
/// host's thread pool from the requests it answers.</summary>
public sealed class CoreWorkersTests
{
    [Fact]
    public void For_ManyItems_CallsTheBodyOnceForEveryIndex()
    {
        var calls = new int[10_000];

        CoreWorkers.For(calls.Length, CancellationToken.None, i => Interlocked.Increment(ref calls[i]));

        Assert.All(calls, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task For_CalledFromTheThreadPool_RunsNoItemOnAPoolThreadButTheCaller()
    {
        var caller = 0;
        var pooled = new ConcurrentBag<int>();

        await Task.Run(() =>
        {
            caller = Environment.CurrentManagedThreadId;
            CoreWorkers.For(200, CancellationToken.None, _ =>
            {
                if (Thread.CurrentThread.IsThreadPoolThread)
                    pooled.Add(Environment.CurrentManagedThreadId);
                Thread.SpinWait(10_000);
            });
        });

        // The caller takes part (it would only wait otherwise); every other worker is a thread
        // of the batch's own.
        Assert.All(pooled, id => Assert.Equal(caller, id));
    }

    [Fact]
    public void For_BodyThrows_RethrowsThatExceptionAndStartsNoFurtherItems()
    {
        var started = 0;

        var thrown = Assert.Throws<InvalidDataException>(() => CoreWorkers.For(100_000, CancellationToken.None, i =>
        {
            Interlocked.Increment(ref started);
            if (i == 10)
                throw new InvalidDataException("item 10");
        }));

        Assert.Equal("item 10", thrown.Message);
        Assert.True(started < 100_000, $"{started} items started after the failure");
    }

    [Fact]
    public void For_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => CoreWorkers.For(100_000, cancellation.Token, i =>
        {
            if (i == 10)
                cancellation.Cancel();
        }));
    }

    [Fact]
    public void Map_ManyItems_KeepsTheItemsOrder()
    {
        var items = Enumerable.Range(0, 5_000).ToList();

        var squares = CoreWorkers.Map(items, CancellationToken.None, i => (long)i * i);

        Assert.Equal(items.Select(i => (long)i * i), squares);
    }
}
