using ChatBot.Answering.Conversations;
using Microsoft.Bot.Schema;

namespace ChatBot.State;

/// <summary>
/// What each conversation remembers for follow-ups (<see cref="ConversationMemory"/>), kept in
/// process, bounded: at most <see cref="ConversationStateOptions.MaxConversations"/> entries
/// (least recently used evicted first) and none older than
/// <see cref="ConversationStateOptions.IdleExpiry"/> since it was last read or written.
/// Loading and saving hand out and keep copies, so a turn changing its memory changes what is
/// stored only when it saves, and two turns never share one object. Last writer wins.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Not the SDK's <c>ConversationState</c> over an <c>IStorage</c>: <c>BotState</c> serialises a
/// conversation's whole state with Newtonsoft.Json on every turn (a hash when loading and again
/// when saving, to see whether it changed) and an in-process storage has to copy it in and out
/// as JSON too. Measured at concurrency 32, those round trips of a few hundred bytes took a
/// fifth of the host's CPU per turn, more than answering the question. The memory holds
/// nothing but lists and immutable records, so a copy is a few list copies.
/// </remarks>
public sealed class ConversationMemoryStore
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    // Most recently used first: expired and evicted entries are always at the end.
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private readonly int _maxEntries;
    private readonly TimeSpan _idleExpiry;
    private readonly TimeProvider _clock;

    public ConversationMemoryStore(ConversationStateOptions options, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConversations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IdleExpiry, TimeSpan.Zero);
        _maxEntries = options.MaxConversations;
        _idleExpiry = options.IdleExpiry;
        _clock = clock;
    }

    /// <summary>How many conversations are remembered now (expired ones are dropped first).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                RemoveExpired(_clock.GetUtcNow());
                return _entries.Count;
            }
        }
    }

    /// <summary>The key of an activity's conversation: its channel and conversation id (a
    /// conversation id is unique only within its channel), or null when it lacks either.</summary>
    public static string? KeyOf(IActivity activity) => KeyOf(activity.ChannelId, activity.Conversation?.Id);

    public static string? KeyOf(string? channelId, string? conversationId) =>
        string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId) ? null : $"{channelId}/conversations/{conversationId}";

    /// <summary>A copy of what the conversation remembers, or a fresh memory when it
    /// remembers nothing (never seen, forgotten, expired or evicted).</summary>
    public ConversationMemory Load(string key)
    {
        ConversationMemory? stored = null;
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            RemoveExpired(now);
            if (_entries.TryGetValue(key, out var node))
            {
                Touch(node, now);
                stored = node.Value.Memory;
            }
        }
        // A stored memory is never changed, only replaced, so copying it unlocked is safe.
        return stored?.Copy() ?? new ConversationMemory();
    }

    public void Save(string key, ConversationMemory memory)
    {
        var copy = memory.Copy();
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            RemoveExpired(now);
            if (_entries.TryGetValue(key, out var node))
            {
                node.Value.Memory = copy;
                Touch(node, now);
                return;
            }
            _entries[key] = _recency.AddFirst(new Entry(key, copy, now));
            while (_entries.Count > _maxEntries)
                Remove(_recency.Last!.Value.Key);
        }
    }

    public void Forget(string key)
    {
        lock (_lock)
            Remove(key);
    }

    private void Touch(LinkedListNode<Entry> node, DateTimeOffset now)
    {
        node.Value.LastUsed = now;
        _recency.Remove(node);
        _recency.AddFirst(node);
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_recency.Last is { } oldest && now - oldest.Value.LastUsed >= _idleExpiry)
            Remove(oldest.Value.Key);
    }

    private void Remove(string key)
    {
        if (_entries.Remove(key, out var node))
            _recency.Remove(node);
    }

    private sealed class Entry(string key, ConversationMemory memory, DateTimeOffset lastUsed)
    {
        public string Key { get; } = key;

        public ConversationMemory Memory { get; set; } = memory;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
