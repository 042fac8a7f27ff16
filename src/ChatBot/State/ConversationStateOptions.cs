namespace ChatBot.State;

/// <summary>The <c>ChatBot:ConversationState</c> configuration section: how much conversation
/// memory the host keeps in process.</summary>
public sealed class ConversationStateOptions
{
    public const string Section = "ChatBot:ConversationState";

    /// <summary>At most this many conversations are remembered; the least recently active is
    /// forgotten first. Each holds a few kilobytes (the last question and the results shown).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation nobody wrote in for this long is forgotten ("more" then starts
    /// afresh), so state does not pile up over days of traffic.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(1);
}
