using Microsoft.Bot.Schema;

namespace ChatBot.DirectLine;

/// <summary>
/// One built-in Direct Line conversation: the ordered activity stream a client reads with a
/// watermark (the user's own messages and the bot's replies), and a turn lock so that one
/// conversation's messages reach the bot one at a time, in order, as they would from Azure.
/// </summary>
public sealed class DirectLineConversation(string id, DateTimeOffset createdAt)
{
    private readonly List<Activity> _activities = [];
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastSeen = createdAt.UtcTicks;

    public string Id { get; } = id;

    /// <summary>Held while a turn runs, so replies are appended in the order messages arrived.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>Set once the bot has been told the conversation started (its welcome).</summary>
    public bool Started { get; set; }

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeen), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastSeen, now.UtcTicks);

    /// <summary>Completes when the next activity is appended (web socket streams wait on it).
    /// Take it before reading with <see cref="After"/>, so no append slips between the two.</summary>
    public Task NextAppend
    {
        get
        {
            lock (_activities)
                return _appended.Task;
        }
    }

    public int Count
    {
        get
        {
            lock (_activities)
                return _activities.Count;
        }
    }

    /// <summary>Gives the activity its stream id (<c>{conversation}|{sequence}</c>, the shape
    /// Azure uses) and appends it.</summary>
    public void Append(Activity activity)
    {
        lock (_activities)
        {
            activity.Id = $"{Id}|{_activities.Count + 1:D7}";
            _activities.Add(activity);
            _appended.TrySetResult();
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> (a count of activities
    /// already seen), at most <paramref name="max"/>, and the watermark to ask with next.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) After(int watermark, int max)
    {
        lock (_activities)
        {
            var from = Math.Clamp(watermark, 0, _activities.Count);
            var page = _activities.Skip(from).Take(max).ToList();
            return (page, from + page.Count);
        }
    }
}
