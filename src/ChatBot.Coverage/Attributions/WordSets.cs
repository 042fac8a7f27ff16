using System.Collections.Frozen;
namespace ChatBot.Coverage.Attributions;

/// <summary>Small closed word classes the source and content rules step over or stop at.</summary>
internal static class WordSets
{
    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "He", "She", "They", "it", "It", "we", "We", "I",
        "he’s", "she’s", "He’s", "She’s", "he's", "she's", "He's", "She's", "they’re", "They’re", "they're", "They're",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Between a source and its cue: "Trump also said", "Putin has repeatedly denied".
    /// Modals of obligation or possibility are not here: "Trump must clarify" reports nothing.</summary>
    public static readonly FrozenSet<string> Adverbs = new[]
    {
        "also", "has", "have", "had", "would", "will", "later", "then", "previously", "repeatedly", "often",
        "once", "again", "recently", "publicly", "privately", "reportedly", "subsequently", "just", "still",
        "even", "already", "frequently", "flatly", "never", "long", "simply", "quickly", "immediately",
        "initially", "first", "earlier", "since", "further", "similarly", "separately", "famously", "openly",
        "falsely", "wrongly", "correctly", "angrily", "bluntly", "repeatedly", "did", "does", "do", "not", "always", "apparently", "clearly", "personally",
        "directly", "specifically", "explicitly", "sharply", "strongly", "loudly", "quietly", "recently",
        "is", "was", "are", "were", "been", "be", "being", "steadily", "consistently", "continually", "actually",
        "reportedly", "previously", "twice", "aggressively", "forcefully", "emphatically", "candidly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Negated auxiliaries: "Trump didn’t apologize for", "he doesn't think".</summary>
    private static readonly FrozenSet<string> Negated = new[]
    {
        "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
        "hadn't", "hadn’t", "wouldn't", "wouldn’t", "won't", "won’t", "isn't", "isn’t", "wasn't", "wasn’t",
        "aren't", "aren’t", "weren't", "weren’t",
        "could", "may", "might", "should", "can", "cannot", "can't", "can’t", "couldn't", "couldn’t",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words ending in -ly that are not manner adverbs.</summary>
    private static readonly FrozenSet<string> NotAdverbs = new[]
    {
        "family", "rally", "ally", "supply", "reply", "apply", "belly", "bully", "jelly", "italy", "assembly",
        "anomaly", "monopoly", "only", "july", "homily", "folly", "lily", "tally", "comply", "multiply", "rely",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An adverb between a source and its cue: the closed list, a negated auxiliary, or
    /// any lowercase -ly word ("Trump has steadfastly refused", "he barely mentioned").</summary>
    public static bool IsAdverb(string word) =>
        Adverbs.Contains(word) || Negated.Contains(word)
        || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !NotAdverbs.Contains(word));

    /// <summary>Heads of unnamed sources: "officials said", "a campaign spokesman said".</summary>
    public static readonly FrozenSet<string> SourceNouns = new[]
    {
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "analyst", "analysts", "expert", "experts",
        "critic", "critics", "supporter", "supporters", "police", "researcher", "researchers", "voter", "voters",
        "people", "observers", "campaign", "report", "reports", "poll", "polls", "survey", "surveys", "study",
        "studies", "statement", "data", "memo", "document", "documents", "letter", "lawmakers", "members",
        "residents", "witnesses", "authorities", "investigators", "prosecutors", "lawyers", "attorney", "attorneys",
        "lawyer", "officer", "officers", "leaders", "leader", "organizers", "economists", "strategists",
        "operatives", "staffers", "president", "administration", "team", "spokesmen", "representative",
        "representatives", "senator", "senators", "candidate", "candidates", "nominee", "governor", "man",
        "woman", "men", "women", "republicans", "democrats", "activists", "protesters", "demonstrators",
        "pollster", "pollsters", "agency", "department", "committee", "group", "groups", "organization",
        "company", "newspaper", "paper", "network", "magazine", "article", "website", "site", "story", "book",
        "website", "foundation", "coalition", "government", "ministry", "office", "court", "judge", "panel",
        "commission", "council", "chairman", "director", "secretary", "manager", "chief", "executive",
        "executives", "economist", "scientist", "scientists", "doctor", "doctors", "friend", "friends",
        "donor", "donors", "delegates", "voter", "respondents", "americans", "insiders", "allies", "opponents",
        "rivals", "veterans", "parents", "students", "teachers", "workers", "residents", "citizens", "others",
        "both", "many", "some", "most", "neither", "host", "anchor", "reporter", "reporters", "journalist",
        "journalists", "media", "press", "historian", "historians", "professor", "scholars", "consultant",
        "consultants", "operative", "strategist", "insider", "filing", "complaint", "lawsuit", "ad", "ads",
        "video", "tweet", "tweets", "post", "email", "emails", "release", "figures", "numbers", "analysis",
        "findings", "estimates", "forecast", "model", "index", "research", "review", "audit", "investigation",
        "diplomats", "environmentalists", "union", "unions", "legislators", "conservatives", "liberals",
        "progressives", "physicians", "nations", "countries", "firm", "firms", "companies", "corporations",
        "banks", "agencies", "governments", "organizations", "authors", "editors", "commentators", "pundits",
        "watchdog", "watchdogs", "advocates", "proponents", "backers", "defenders", "detractors", "skeptics",
        "lobbyists", "colleagues", "relatives", "family", "widow", "judges", "justices", "jury", "mayor",
        "congressman", "congresswoman", "lawmaker", "ambassador", "minister", "staff", "volunteers", "founder",
        "chairwoman", "parties", "states", "businesses", "owners", "analyses", "everyone", "everybody", "someone", "nobody",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Messages whose participle speaks for the sender: "issued a statement calling",
    /// "sent a letter urging", "a series of tweets saying".</summary>
    public static readonly FrozenSet<string> Messages = new[]
    {
        "statement", "statements", "letter", "letters", "tweet", "tweets", "memo", "release", "message", "messages",
        "email", "emails", "post", "posts", "op-ed", "video", "ad", "ads", "resolution", "petition", "note", "report",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a determiner phrase: "a senior official", "two aides".</summary>
    public static readonly FrozenSet<string> Determiners = new[]
    {
        "the", "The", "a", "A", "an", "An", "another", "Another", "one", "One", "two", "Two", "three", "Three",
        "some", "Some", "several", "Several", "many", "Many", "most", "Most", "his", "His", "her", "Her",
        "their", "Their", "its", "Its", "other", "Other", "both", "Both", "these", "These", "those", "Those",
        "this", "This", "that", "That", "four", "Four", "five", "Five", "few", "Few", "senior", "Senior",
        "top", "Top", "our", "Our", "my", "My", "all", "All", "no", "No", "each", "Each",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Finite auxiliaries, which end a noun phrase that is a sentence's subject.</summary>
    public static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might",
        "should", "must", "does", "did", "do", "isn't", "isn’t", "wasn't", "wasn’t", "won't", "won’t",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Numbers in words: "Twelve percent indicated", "sixty voters said".</summary>
    public static readonly FrozenSet<string> NumberWords = new[]
    {
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety", "hundred", "hundreds", "thousands", "millions", "dozens", "dozen", "half",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Time phrases between a cue and its content: "said Monday that".</summary>
    public static readonly FrozenSet<string> TimeWords = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today",
        "tonight", "morning", "afternoon", "evening", "night", "last", "week", "month", "year", "earlier",
        "later", "recently", "previously", "again", "also", "repeatedly", "publicly", "privately",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open a phrase of place, time or manner between a cue and "that":
    /// "said in a statement that", "said Monday that", "wrote on Twitter that".</summary>
    public static readonly FrozenSet<string> PhraseOpeners = new[]
    {
        "in", "on", "at", "during", "after", "before", "to", "from", "last", "this", "earlier", "later", "via",
        "through", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
        "today", "privately", "publicly", "repeatedly", "again", "also", "recently", "previously", "while",
        "when", "over", "about", "of", "with", "under", "in", "late", "early", "back", "then", "now", "both",
        "afterward", "afterwards", "separately", "once", "twice", "often", "frequently", "flatly", "openly",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that never head a source phrase.</summary>
    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "by", "to", "of", "in", "on", "at",
        "with", "for", "from", "as", "than", "when", "where", "while", "if", "because", "so", "then", "into",
        "about", "after", "before", "over", "under", "what", "how", "why", "whether", "not", "also", "it's",
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "up",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions joining a source's head to its affiliation: "a spokesman for Clinton".</summary>
    public static readonly FrozenSet<string> Affiliations = new[]
    {
        "for", "of", "at", "with", "from", "to", "in",
    }.ToFrozenSet(StringComparer.Ordinal);
}
