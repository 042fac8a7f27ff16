using System.Collections.Frozen;
namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Verbs that introduce what someone said or thinks, in the forms news uses them. A cue only
/// counts next to a source (a name, a pronoun, "officials"), which keeps nouns like "report"
/// or "claims" from firing on their own.
/// </summary>
public static class CueLexicon
{
    /// <summary>Verbs of saying, thinking and taking a stand, as lemmas; their forms (says,
    /// said, saying) are generated. Irregular and doubled forms are listed in <see cref="Irregular"/>.</summary>
    private static readonly string[] Lemmas =
    [
        "say", "add", "ask", "note", "tweet", "deny", "insist", "argue", "warn", "claim", "explain", "state",
        "acknowledge", "announce", "report", "believe", "suggest", "contend", "maintain", "assert", "declare",
        "predict", "allege", "admit", "concede", "confirm", "recall", "respond", "reply", "reiterate", "repeat",
        "stress", "emphasize", "complain", "counter", "agree", "blast", "criticize", "accuse", "urge", "promise",
        "pledge", "vow", "estimate", "conclude", "observe", "remark", "comment", "testify", "mention", "reveal",
        "indicate", "demand", "hope", "fear", "worry", "expect", "charge", "question", "wonder", "joke",
        "boast", "lament", "caution", "call", "describe", "continue", "threaten", "post", "email", "text",
        "blame", "praise", "attack", "defend", "dismiss", "reject", "point", "signal", "hint", "imply",
        "speculate", "reason", "clarify", "disclose", "reaffirm", "proclaim", "plead", "shout", "yell", "scream",
        "chant", "cite", "want", "plan", "support", "oppose", "propose", "endorse", "recommend", "advocate",
        "encourage", "condemn", "denounce", "decry", "bemoan", "applaud", "welcome", "liken", "compare", "label",
        "characterize", "portray", "tout", "hail", "laud", "highlight", "underscore", "doubt", "dispute",
        "challenge", "rebut", "refute", "protest", "invite", "implore", "advise", "remind", "inform", "assure",
        "reassure", "recognize", "consider", "regard", "deem", "determine", "calculate", "forecast", "anticipate",
        "intend", "wish", "prefer", "favor", "champion", "embrace", "resist", "ridicule", "deride", "scold",
        "chide", "rebuke", "lambaste", "fault", "credit", "apologize", "confess", "regret", "guarantee", "alert",
        "demonstrate", "document", "detail", "outline", "discuss", "recount", "echo", "retort", "whisper",
        "mutter", "murmur", "sigh", "muse", "theorize", "posit", "affirm", "insinuate", "concur", "object",
        "assess", "acknowledge", "announce", "push", "press", "pressure", "demand", "request", "seek", "vote",
        "decide", "offer", "lobby", "campaign", "pitch", "tout", "frame", "dub", "brand", "name", "hammer",
        "slam", "rip", "quip", "brag", "admit", "refer", "emphasise", "criticise", "recognise", "characterise",
        "admire", "rate", "reference", "exhort", "specify", "pound", "mock", "slam", "decry", "berate", "castigate",
        "excoriate", "chastise", "scoff", "jab", "needle", "lash", "vent", "fume", "gush", "rave", "opine",
        "endorse", "propose", "express", "decline", "refuse", "unveil", "acknowledge", "caution", "cite",
        // Stance, judgement and knowledge, which PolNeAR counts as attribution too ("the court ruled
        // that", "Trump seems to think", "he downplayed the threat", "voters know").
        "rule", "talk", "view", "publish", "cast", "promote", "paint", "link", "learn", "examine", "unleash",
        "suspect", "resent", "rejoice", "propound", "persuade", "outline", "love", "downplay", "discover",
        "grill", "ignore", "identify", "seem", "investigate", "invoke", "rail", "extol", "articulate", "retweet",
        "recite", "chronicle", "assume", "fathom", "despise",
    ];

    /// <summary>Verbs of official decision: PolNeAR counts an act of law or office as its agent's
    /// stance ("signed the legislation", "imposed sanctions", "long blocked any discussion").</summary>
    private static readonly string[] DecisionLemmas =
    [
        "sign", "veto", "approve", "block", "enact", "impose", "lift", "repeal", "overturn", "override",
        "sponsor", "appoint", "nominate", "grant",
    ];

    private static readonly string[] Irregular =
    [
        "said", "told", "tell", "tells", "telling", "wrote", "write", "writes", "writing", "written", "thought",
        "think", "thinks", "thinking", "knew", "know", "knows", "known", "felt", "feel", "feels", "feeling", "found",
        "find", "finds", "finding", "showed", "show", "shows", "showing", "shown", "sang", "sing", "sings", "singing",
        "sought", "seeks", "seeking", "spoke", "speaks", "saw", "sees", "understood", "understands", "meant",
        "slammed", "slamming", "ripped", "ripping", "quipped", "quipping", "bragged", "bragging", "admitted",
        "admitting", "planned", "planning", "referred", "referring", "concurred", "swore", "swears", "reads",
        "backed", "backing",
    ];

    /// <summary>Cues whose content is a clause ("said (that) the vote was rigged"); the others
    /// take a noun phrase ("attacked Machado in tweets"), which ends before adjuncts of time and place.</summary>
    private static readonly string[] ClausalLemmas =
    [
        "say", "add", "note", "tweet", "insist", "argue", "warn", "claim", "explain", "state", "acknowledge",
        "announce", "report", "believe", "suggest", "contend", "maintain", "assert", "declare", "predict", "allege",
        "admit", "concede", "confirm", "recall", "respond", "reply", "reiterate", "stress", "emphasize", "complain",
        "agree", "estimate", "conclude", "observe", "remark", "comment", "testify", "reveal", "indicate", "hope",
        "fear", "worry", "expect", "wonder", "joke", "boast", "lament", "caution", "speculate", "disclose",
        "proclaim", "promise", "pledge", "vow", "threaten", "hint", "imply", "guarantee", "assure", "remind",
        "inform", "ask", "counter", "retort", "quip", "brag", "affirm", "posit", "theorize", "muse", "concur",
    ];

    private static readonly string[] ClausalIrregular =
    [
        "said", "told", "tell", "tells", "telling", "wrote", "write", "writes", "writing", "thought", "think",
        "thinks", "knew", "know", "knows", "felt", "feel", "feels", "found", "find", "finds", "showed", "show",
        "shows", "shown", "quipped", "bragged", "admitted", "admitting",
    ];

    private static readonly FrozenSet<string> Clausal = Forms(ClausalLemmas, ClausalIrregular).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Cues = BuildForms().ToFrozenSet(StringComparer.Ordinal);

    private static HashSet<string> Forms(string[] lemmas, string[] irregular)
    {
        var forms = new HashSet<string>(irregular, StringComparer.Ordinal);
        foreach (var lemma in lemmas)
            AddForms(forms, lemma);
        return forms;
    }

    private static void AddForms(HashSet<string> forms, string lemma)
    {
        forms.Add(lemma);
        var last = lemma[^1];
        var consonantY = last == 'y' && lemma.Length > 1 && !"aeiou".Contains(lemma[^2]);
        forms.Add(consonantY ? lemma[..^1] + "ies"
            : lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || last is 'x' or 'z' or 'o' ? lemma + "es"
            : lemma + "s");
        forms.Add(consonantY ? lemma[..^1] + "ied" : last == 'e' ? lemma + "d" : lemma + "ed");
        forms.Add(last == 'e' && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing" : lemma + "ing");
    }

    private static HashSet<string> BuildForms()
    {
        var forms = new HashSet<string>(Irregular, StringComparer.Ordinal);
        foreach (var lemma in Lemmas.Concat(DecisionLemmas))
            AddForms(forms, lemma);
        forms.UnionWith(["overrode", "overridden"]);
        // Forms that are mostly nouns or adjectives in news text (the -s forms come back as
        // ambiguous cues: verbs only after a named source, "The Post reports").
        forms.ExceptWith(["texts", "posts", "points", "signals", "comments", "questions", "votes",
            "counters", "doubts", "outlines", "details", "documents", "echoes", "labels", "names", "brands",
            "frames", "pitches", "objects", "protests", "presses", "pushes", "favors", "credits", "alerts",
            "estimates", "forecasts", "regrets", "wishes", "challenges", "welcomes", "champions",
            "requests", "campaigns", "lobbies", "signs", "blocks", "lifts", "grants", "vetoes", "rail", "rails", "railing", "supports", "attacks", "defends", "blames", "praises",
            "named", "naming", "name", "texting", "text", "posting", "post", "pointed", "pointing", "point",
            "signal", "object", "frame", "framed", "pitch", "brand", "branded", "hammer", "campaign", "press",
            "pressing", "pushing", "push", "vote", "voting", "plan", "planning", "wanting", "continue",
            "continuing", "offer", "question", "deeming", "considering", "regarding", "favoring",
            "calculate", "calculated", "calculating", "determine", "determined", "determining", "reasoning",
            "reason", "speculate", "document", "documented", "documenting", "detail", "detailing",
            "outlining", "outline", "credit", "credited", "crediting", "fault", "faulted", "faulting",
            "email", "emailing", "sigh", "sighing", "compare", "comparing", "compared", "recognizing", "invite",
            "inviting", "invited", "welcome", "welcomed", "welcoming", "challenge", "challenging", "support",
            "supporting", "champion", "championing", "consider", "considered", "regard", "regarded", "state", "states",
            "stating", "campaigned", "demonstrated", "demonstrate", "advocate", "attack", "considers", "pushed",
            "protest", "known", "written", "meant", "find", "call", "decide", "remarks", "request", "assess",
            "forecast", "see", "seeking", "seek", "rate"]);
        // "pointed out", "noted": keep the phrasal past that is a cue.
        forms.Add("pointed");
        forms.Add("supports");
        forms.Add("wants");
        forms.Add("plans");
        forms.Add("supported");
        forms.Add("welcomed");
        forms.Add("continued");
        forms.Add("continues");
        forms.Add("compared");
        forms.Add("considered");
        forms.Add("questioned");
        return forms;
    }

    /// <summary>Verbs whose object is the person told, not the content ("told reporters that").</summary>
    private static readonly FrozenSet<string> TakesListener = new[]
    {
        "told", "tells", "tell", "telling", "asked", "asks", "asking", "warned", "warns", "warning", "urged", "urges",
        "reminded", "assured", "informed", "promised", "promises",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Denials: the content keeps the verb, since the words without it would say the
    /// opposite of what the speaker claimed ("denied knowing about ...").</summary>
    private static readonly FrozenSet<string> Denials = new[]
    {
        "denied", "denies", "deny", "denying", "rejected", "dismissed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>-s forms that are as often plural nouns ("Republican claims", "the reports"):
    /// cues only right after a name or a pronoun.</summary>
    private static readonly FrozenSet<string> NounLike = new[]
    {
        "notes", "reports", "calls", "claims", "charges", "fears", "hopes", "promises", "demands", "plans", "wants",
        "estimates", "supports", "attacks", "defends", "blames", "praises", "questions", "comments", "points",
        "signals", "doubts", "warns", "argues", "suggests", "shows", "findings", "concerns",
        "rules", "views", "talks", "links", "casts", "paints", "loves", "worries", "advocates", "support",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCue(string word) => Cues.Contains(word) || NounLike.Contains(word);

    public static bool IsNounLike(string word) => NounLike.Contains(word);

    /// <summary>The verbs of saying proper, whose content is always a clause.</summary>
    public static bool IsSaying(string word) => word is "said" or "says" or "say" or "saying" or "told" or "tells" or "tell"
        or "telling" or "added" or "adds" or "adding" or "wrote" or "writes" or "writing" or "tweeted" or "tweets";

    /// <summary>Whether the cue's content is a clause rather than a noun phrase.</summary>
    public static bool IsClausal(string word) => Clausal.Contains(word);

    public static bool TakesListenerObject(string word) => TakesListener.Contains(word);

    public static bool IsDenial(string word) => Denials.Contains(word);

    /// <summary>Present participles ("saying", "adding") whose subject is the clause's subject.</summary>
    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.Ordinal) && Cues.Contains(word);
}
