using ChatBot.Ingestion.Ingesting;

namespace ChatBot.Ingestion.Tests.Ingesting;

/// <summary>When a long ingest commits: early, then less and less often, up to a bound.</summary>
public sealed class CommitScheduleTests
{
    [Fact]
    public void Due_ManyArticles_CommitsAfterFirstThenDoublingUpToTheBound()
    {
        var schedule = new CommitSchedule(first: 2, atMost: 8, interval: TimeSpan.FromHours(1));

        var commitsAfter = Enumerable.Range(1, 40).Where(_ => schedule.Due()).ToList();

        // 2, then 4 more, 8 more, and 8 at a time from there.
        Assert.Equal([2, 6, 14, 22, 30, 38], commitsAfter);
    }

    [Fact]
    public void Due_IntervalPassed_CommitsBeforeTheCount()
    {
        var schedule = new CommitSchedule(first: 1000, atMost: 1000, interval: TimeSpan.Zero);

        Assert.True(schedule.Due());
    }
}
