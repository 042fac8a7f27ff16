using ChatBot.Benchmarks.Measurement;

namespace ChatBot.Benchmarks.Http;

/// <summary>One measured load (see <see cref="HttpLoad"/>): its timings, the requests that
/// failed, and how long the host was warmed up before it.</summary>
public sealed record LoadResult(LatencyStats Stats, int Errors, TimeSpan WarmUp);
