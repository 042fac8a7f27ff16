namespace ChatBot.Benchmarks.Ingestion;

/// <summary>What reading a folder into a fresh index took (wall clock, and CPU time of the whole
/// process, which other work on a shared machine disturbs less), and how big the index is.</summary>
public sealed record IngestionResult(int Articles, int Sentences, double Seconds, double CpuSeconds, long IndexBytes)
{
    public double ArticlesPerSecond => Articles / Seconds;

    public double SentencesPerSecond => Sentences / Seconds;

    public double IndexMbPerMillionSentences => IndexBytes / (1024.0 * 1024.0) / Math.Max(Sentences, 1) * 1_000_000;
}
