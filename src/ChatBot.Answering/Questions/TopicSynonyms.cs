namespace ChatBot.Answering.Questions;

/// <summary>
/// Words news coverage uses interchangeably, so "meddling" finds "interfere" and "hacking". A
/// short hand-kept list of the vocabulary of political news, not of any one story.
/// </summary>
internal static class TopicSynonyms
{
    private static readonly string[][] Groups =
    [
        ["meddling", "meddle", "meddled", "interference", "interfere", "interfered", "hacking", "hack", "hacked", "hackers", "intervention"],
        ["collusion", "collude", "colluded", "conspiracy", "coordination"],
        ["summit", "meeting", "talks", "met"],
        ["russia", "russian", "russians", "moscow", "kremlin"],
        ["america", "american", "americans", "usa", "united states"],
        ["treaty", "agreement", "pact", "accord"],
        ["sanction", "sanctions", "sanctioned"],
        ["withdraw", "withdrawal", "withdrawing", "pull", "pulling", "exit", "quit", "leave", "leaving"],
        ["election", "elections", "vote", "voting", "ballot", "campaign"],
        ["president", "presidency", "administration", "white house"],
        ["investigation", "probe", "inquiry", "counsel"],
        ["indictment", "indicted", "indict", "charges", "charged"],
        ["military", "army", "troops", "defense", "defence"],
        ["economy", "economic", "trade", "tariffs", "tariff"],
        ["nuclear", "nukes", "weapons", "missiles", "missile", "denuclearization"],
        ["immigration", "immigrants", "migrants", "border", "asylum"],
        ["lie", "lies", "lied", "lying", "false", "falsehood"],
        ["disgrace", "disgraceful", "shameful", "embarrassing", "embarrassment"],
        ["speech", "address", "remarks", "lecture"],
        ["documents", "document", "records", "files", "papers"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = BuildIndex();

    /// <summary>Every word of every group.</summary>
    public static IEnumerable<string> Words => ByWord.Keys;

    /// <summary>The word and the words that mean much the same in the news.</summary>
    public static IReadOnlyList<string> Expand(string word) =>
        ByWord.TryGetValue(word, out var group) ? group : [word];

    private static Dictionary<string, string[]> BuildIndex()
    {
        var index = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            foreach (var word in group)
                index[word] = [word, .. group.Where(w => w != word)];
        }
        return index;
    }
}
