namespace ChatBot.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section: which Direct Line the Web Chat page
/// talks to, and the limits of the built-in one.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>The Azure Bot Service Direct Line secret. Empty (the default): the host's own
    /// Direct Line at <c>/v3/directline</c> serves the page. Set: production mode, the token
    /// endpoint exchanges the secret with Azure for a short-lived token and the built-in endpoint
    /// is off, so the only way in is through Azure's authenticated channel.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Azure's Direct Line base URL (a regional one such as
    /// <c>https://europe.directline.botframework.com/v3/directline</c> also works).</summary>
    public Uri AzureEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");

    /// <summary>How long a built-in conversation token is good for; Web Chat refreshes it halfway.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A built-in conversation with no request for this long is forgotten, with the
    /// bot's memory of it.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often idle conversations are looked for.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Open built-in conversations at most; past it new ones are refused (503) until
    /// idle ones are cleaned up, so a flood of token requests cannot exhaust memory.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Activities kept per conversation at most (user messages and replies); past it
    /// the conversation takes no more messages.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 2_000;

    /// <summary>True when the built-in Direct Line serves the page (no secret configured).</summary>
    public bool UsesBuiltInDirectLine => string.IsNullOrWhiteSpace(Secret);
}
