namespace ChatBot.Benchmarks.Corpus;

/// <summary>An invented person quoted in the synthetic coverage.</summary>
internal sealed record BenchSpeaker(string First, string Last, string Title, bool Woman)
{
    public string FullName => $"{First} {Last}";

    public string Pronoun => Woman ? "she" : "he";
}
