using ChatBot.Benchmarks.Answering;
using ChatBot.Benchmarks.Ingestion;

namespace ChatBot.Benchmarks;

/// <summary>Ingestion and answering at one corpus size.</summary>
public sealed record TierResult(int TargetSentences, IngestionResult Ingestion, AnsweringResult Answering);
