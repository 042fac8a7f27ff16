using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>The built-in Direct Line's open conversations, in memory (they are short-lived and
/// the bot keeps its own memory per conversation id).</summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    /// <summary>A new conversation with an unguessable id, or null when the store is full.</summary>
    public DirectLineConversation? Create()
    {
        if (_conversations.Count >= options.Value.MaxConversations)
            return null;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var conversation = new DirectLineConversation(id, clock.GetUtcNow());
        _conversations[id] = conversation;
        return conversation;
    }

    /// <summary>The conversation, marked as seen now; null when unknown or already cleaned up.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
            return null;
        conversation.Touch(clock.GetUtcNow());
        return conversation;
    }

    /// <summary>Forgets every conversation not seen for the idle timeout; returns their ids.</summary>
    public IReadOnlyList<string> RemoveIdle()
    {
        var cutoff = clock.GetUtcNow() - options.Value.IdleTimeout;
        var removed = new List<string>();
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastSeen < cutoff && _conversations.TryRemove(id, out _))
                removed.Add(id);
        }
        return removed;
    }
}
