namespace ChatBot.Search.Indexing;

/// <summary>What the index holds: articles, sentences and distinct quoted speakers.</summary>
public sealed record IndexStatistics(int Articles, int Sentences, int Speakers);
