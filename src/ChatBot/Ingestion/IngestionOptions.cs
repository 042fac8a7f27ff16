namespace ChatBot.Ingestion;

/// <summary>The ingestion settings of the <c>ChatBot</c> configuration section.</summary>
public sealed class IngestionOptions
{
    /// <summary>Watch <c>ChatBot:ArticlesPath</c> and index new, changed and deleted files within
    /// seconds while the bot runs. Off: the folder is read at start-up only.</summary>
    public bool WatchArticles { get; set; } = true;

    /// <summary>How long the folder must stay quiet after a change before it is read, so a copy
    /// of many files becomes one batch and a file still being written is read once complete.</summary>
    public int WatchDelayMilliseconds { get; set; } = 500;

    /// <summary>The key that <c>POST/GET /api/articles</c> require (header <c>X-Api-Key: KEY</c> or
    /// <c>Authorization: ApiKey KEY</c>). Empty: the endpoints are disabled (404).</summary>
    public string? AdminApiKey { get; set; }
}
