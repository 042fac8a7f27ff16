using System.Collections.Concurrent;

namespace ChatBot.Bot;

/// <summary>
/// Remembers which conversations were just welcomed. One install in Teams arrives as two
/// activities at once (installationUpdate "add" and a conversationUpdate adding the bot), and a
/// Direct Line conversation may announce the bot and the user separately: the user should read
/// one welcome. A reinstall later on is welcomed again. In memory, per process: scaled out to
/// several instances a conversation could at worst be welcomed twice.
/// </summary>
public sealed class WelcomeLedger(TimeProvider clock)
{
    /// <summary>How long a welcome counts for the same conversation.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new(StringComparer.Ordinal);

    /// <summary>True for the first caller of a conversation within the window (atomically).</summary>
    public bool TryClaim(string conversationKey)
    {
        var now = clock.GetUtcNow();
        foreach (var (key, at) in _welcomed)
        {
            if (now - at >= Window)
                _welcomed.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, at));
        }
        return _welcomed.TryAdd(conversationKey, now);
    }
}
