using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Answering;

/// <summary>Answer latency over the whole question set, per kind of question, and how many of
/// the questions found something (a benchmark answering nothing would measure nothing).
/// <see cref="CpuMsPerAnswer"/> is the process's CPU time per answer: on a shared machine wall
/// times swing with other work, CPU time much less, so it is the figure to compare changes by.</summary>
public sealed record AnsweringResult(LatencyStats All, IReadOnlyDictionary<string, LatencyStats> ByKind, int Found, int Questions, double CpuMsPerAnswer);
