namespace ChatBot.Benchmarks.Ingestion;

/// <summary>What reading a folder into a fresh index took, and how big the index is.</summary>
public sealed record IngestionResult(int Articles, int Sentences, double Seconds, long IndexBytes)
{
    public double ArticlesPerSecond => Articles / Seconds;

    public double SentencesPerSecond => Sentences / Seconds;

    public double IndexMbPerMillionSentences => IndexBytes / (1024.0 * 1024.0) / Math.Max(Sentences, 1) * 1_000_000;
}
