using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Answering;

/// <summary>Answer latency over the whole question set, per kind of question, and how many of
/// the questions found something (a benchmark answering nothing would measure nothing).</summary>
public sealed record AnsweringResult(LatencyStats All, IReadOnlyDictionary<string, LatencyStats> ByKind, int Found, int Questions);
