using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatBot.State;

/// <summary>
/// Bot state kept in process, bounded: at most <see cref="ConversationStateOptions.MaxConversations"/>
/// entries (least recently used evicted first) and none older than
/// <see cref="ConversationStateOptions.IdleExpiry"/> since it was last read or written. The SDK's
/// <c>MemoryStorage</c> keeps every conversation forever, which grows without limit on a public
/// endpoint. Values are stored as JSON copies, as <c>MemoryStorage</c> does, so a caller that
/// changes an object after writing it does not change what is stored. Last writer wins (the
/// bot does not use ETags). Thread-safe.
/// </summary>
public sealed class ExpiringMemoryStorage : IStorage
{
    // Same settings as the SDK's MemoryStorage, so BotState gets back the dictionary it wrote.
    // The JSON never leaves the process and is only ever what this class serialised itself.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = null,
    });

    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    // Most recently used first: expired and evicted entries are always at the end.
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private readonly int _maxEntries;
    private readonly TimeSpan _idleExpiry;
    private readonly TimeProvider _clock;

    public ExpiringMemoryStorage(ConversationStateOptions options, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConversations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IdleExpiry, TimeSpan.Zero);
        _maxEntries = options.MaxConversations;
        _idleExpiry = options.IdleExpiry;
        _clock = clock;
    }

    /// <summary>How many entries are held now (expired ones are dropped first).</summary>
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

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var stored = new List<(string Key, JObject Json)>(keys.Length);
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            RemoveExpired(now);
            foreach (var key in keys)
            {
                if (!_entries.TryGetValue(key, out var node))
                    continue;
                Touch(node, now);
                stored.Add((key, node.Value.Json));
            }
        }
        // Deserialise outside the lock, as WriteAsync serialises: every turn reads its
        // conversation, and under load the turns queued on the lock behind each other's copy.
        // A stored JObject is never changed, only replaced, so reading it unlocked is safe.
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, json) in stored)
        {
            if (json.ToObject<object>(Serializer) is { } value)
                found[key] = value;
        }
        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // Serialise outside the lock: it is the expensive part.
        var copies = changes.Select(c => (c.Key, Json: c.Value is null ? null : JObject.FromObject(c.Value, Serializer))).ToList();
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            RemoveExpired(now);
            foreach (var (key, json) in copies)
            {
                if (json is null)
                {
                    Remove(key);
                    continue;
                }
                if (_entries.TryGetValue(key, out var node))
                {
                    node.Value.Json = json;
                    Touch(node, now);
                    continue;
                }
                _entries[key] = _recency.AddFirst(new Entry(key, json, now));
                while (_entries.Count > _maxEntries)
                    Remove(_recency.Last!.Value.Key);
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
                Remove(key);
        }
        return Task.CompletedTask;
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

    private sealed class Entry(string key, JObject json, DateTimeOffset lastUsed)
    {
        public string Key { get; } = key;

        public JObject Json { get; set; } = json;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
