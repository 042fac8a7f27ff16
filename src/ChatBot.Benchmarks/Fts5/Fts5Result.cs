using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Fts5;

/// <summary>SQLite FTS5 on the same sentences: build time, size and query latency.</summary>
public sealed record Fts5Result(string Engine, int Rows, double BuildSeconds, long DatabaseBytes, LatencyStats Query);
