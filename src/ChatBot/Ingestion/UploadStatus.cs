namespace ChatBot.Ingestion;

/// <summary>What an upload did to the index.</summary>
public enum UploadStatus
{
    Added,
    Updated,
    Unchanged,
    Rejected,
}
