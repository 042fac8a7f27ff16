namespace ChatBot.Answering.Questions;

/// <summary>The ways a question may name a quoted person: the full name, the surname, first and
/// last name without middle names, with titles and possessives ignored.</summary>
internal static class SpeakerNames
{
    /// <summary>Words that may stand before a name in a question without being part of it.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "vice", "former", "sen", "senator", "rep", "representative", "congressman",
        "congresswoman", "secretary", "gov", "governor", "mr", "mrs", "ms", "miss", "dr", "prime",
        "minister", "chancellor", "speaker", "leader", "house", "senate", "majority", "minority",
        "attorney", "general", "special", "counsel", "director", "ambassador", "adviser", "advisor",
        "national", "security", "state", "defense", "defence", "foreign", "us", "u", "s", "russian",
        "american", "german", "british", "french", "the", "king", "queen", "pope", "judge", "mayor",
        "first", "lady", "chief", "staff", "press", "spokesman", "spokeswoman", "spokesperson",
    };

    /// <summary>Normalised alias forms of a canonical name, longest first.</summary>
    public static IReadOnlyList<string> AliasesOf(string canonicalName)
    {
        var words = TextNormalizer.Words(canonicalName).Where(w => w != "the").ToList();
        var aliases = new List<string>();
        if (words.Count == 0)
            return aliases;
        aliases.Add(string.Join(' ', words));
        if (words.Count >= 3)
            aliases.Add(words[0] + " " + words[^1]);
        if (words.Count >= 2 && !IsSuffix(words[^1]))
            aliases.Add(words[^1]);
        if (words.Count >= 3 && IsSuffix(words[^1]))
            aliases.Add(words[^2] + " " + words[^1]);
        return aliases.Distinct().ToList();
    }

    private static bool IsSuffix(string word) => word is "jr" or "sr" or "ii" or "iii";
}
