namespace ChatBot.Ingestion;

/// <summary>What an upload did to the index.</summary>
public enum UploadStatus
{
    Added,
    Updated,
    Unchanged,
    Rejected,

    /// <summary>The host could not store it (read-only or full articles folder).</summary>
    Unavailable,
}
