namespace ChatBot.Benchmarks.Corpus;

/// <summary>A generated folder of articles (with metadata.json) and the questions asked of it.</summary>
public sealed record SyntheticCorpus(string Folder, int Articles, int Sentences, long Bytes, IReadOnlyList<BenchQuestion> Questions);
