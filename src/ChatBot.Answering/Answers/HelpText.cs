using ChatBot.Answering.Questions;

namespace ChatBot.Answering.Answers;

/// <summary>The welcome and help text, built from what the coverage actually holds, so the
/// examples and the list of people always name someone the bot can answer about.</summary>
public static class HelpText
{
    public const string Short =
        "Ask me who said what in the news coverage, for example \"what did Putin say about collusion?\" or \"who said 'witch hunt'?\". Type \"help\" for more.";

    public static string Full(CoverageCatalog catalog)
    {
        var statistics = catalog.Statistics;
        var people = catalog.Speakers.Take(12).ToList();
        var lines = new List<string>
        {
            $"I answer questions about who said what in the news coverage I have read: {statistics.Articles} article{Plural(statistics.Articles)}, {statistics.Sentences} sentences, {statistics.Speakers} people and organisations quoted.",
            "",
            "You can ask:",
            "- what did *someone* say about *a topic*? (\"what did Putin say about collusion?\")",
            "- what did *someone* say? (everything they are quoted saying)",
            "- did *someone* say / deny / admit *something*?",
            "- who said \"*some words*\"?",
            "- questions about the events (\"what happened in Helsinki?\")",
            "- filters: \"according to *an outlet*\", \"on July 16\", \"last week\"",
            "- follow-ups: \"and Trump?\", \"what else did he say?\", \"more\", \"where was that published?\", \"show me the full paragraph\"",
            "",
            "Every answer shows the exact words, the speaker and where it was published. When the coverage has nothing on your question, I say so.",
        };
        if (people.Count > 0)
        {
            lines.Add("");
            lines.Add("People quoted most: " + string.Join(", ", people) + (statistics.Speakers > people.Count ? ", …" : "") + ".");
        }
        return string.Join('\n', lines);
    }

    /// <summary>Example questions about the people most quoted in the coverage.</summary>
    public static IReadOnlyList<string> Examples(CoverageCatalog catalog)
    {
        var people = catalog.PeopleNamedInFull.Take(2).ToList();
        var examples = people.Select(p => $"what did {p} say?").ToList();
        examples.Add("help");
        return examples;
    }

    private static string Plural(int count) => count == 1 ? "" : "s";
}
