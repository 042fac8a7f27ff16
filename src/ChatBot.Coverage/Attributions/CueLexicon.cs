namespace ChatBot.Coverage.Attributions;

/// <summary>
/// Verbs that introduce what someone said or thinks, in the forms news uses them. A cue only
/// counts next to a source (a name, a pronoun, "officials"), which keeps nouns like "report"
/// or "claims" from firing on their own.
/// </summary>
public static class CueLexicon
{
    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
        "asked", "asks", "asking", "noted", "notes", "noting", "wrote", "writes", "writing", "tweeted", "tweets",
        "denied", "denies", "deny", "denying", "insisted", "insists", "insisting", "argued", "argues", "arguing",
        "warned", "warns", "warning", "claimed", "claims", "claiming", "explained", "explains", "explaining",
        "stated", "acknowledged", "acknowledges", "acknowledging", "announced", "announces", "reported", "reports",
        "believes", "believe", "believed", "thinks", "think", "thought", "suggested", "suggests", "suggesting",
        "contended", "contends", "maintained", "maintains", "asserted", "asserts", "declared", "declares",
        "predicted", "predicts", "alleged", "alleges", "admitted", "admits", "conceded", "concedes",
        "confirmed", "confirms", "recalled", "recalls", "responded", "responds", "replied", "replies",
        "reiterated", "repeated", "stressed", "stresses", "emphasized", "emphasizes", "complained", "complains",
        "countered", "agreed", "agrees", "slammed", "blasted", "criticized", "accused", "accuses", "urged",
        "urges", "promised", "promises", "pledged", "vowed", "vows", "estimated", "estimates", "concluded",
        "concludes", "observed", "remarked", "commented", "testified", "mentioned", "revealed", "indicated",
        "demanded", "hoped", "hopes", "feared", "fears", "worried", "expects", "expected", "feels", "felt",
        "knows", "knew", "found", "finds", "shows", "showed", "show", "charged", "charges", "questioned",
        "wondered", "joked", "quipped", "boasted", "bragged", "lamented", "cautioned", "conceded", "acknowledge",
        "announce", "argue", "claim", "warn", "insist", "add", "write", "writes", "predict", "agree",
        "explain", "suggest", "contend", "maintain", "assert", "declare", "allege", "admit", "concede", "confirm",
        "recall", "respond", "reply", "stress", "emphasize", "complain", "called", "calls", "described",
        "describes", "continued", "continues", "threatened", "announcing", "telling",
        "posted", "wrote", "texted", "emailed", "blamed", "praised", "attacked", "defended", "dismissed",
        "rejected", "pointed", "signaled", "hinted", "implied", "speculated", "surmised", "reasoned",
        "clarified", "specified", "disclosed", "reaffirmed", "proclaimed", "pleaded", "shouted", "yelled",
        "screamed", "chanted", "chanting", "chant", "singing", "sang", "sings", "citing", "cited", "cites", "whispered", "muttered", "sighed", "laughed", "tweeting", "posting",
    };

    /// <summary>Verbs whose object is the person told, not the content ("told reporters that").</summary>
    private static readonly HashSet<string> TakesListener = new(StringComparer.Ordinal)
    {
        "told", "tells", "tell", "telling", "asked", "asks", "asking", "warned", "warns", "warning", "urged", "urges",
        "reminded", "assured", "informed", "promised", "promises",
    };

    /// <summary>Denials: the content keeps the verb, since the words without it would say the
    /// opposite of what the speaker claimed ("denied knowing about ...").</summary>
    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "denied", "denies", "deny", "denying", "rejected", "dismissed",
    };

    public static bool IsCue(string word) => Cues.Contains(word);

    public static bool TakesListenerObject(string word) => TakesListener.Contains(word);

    public static bool IsDenial(string word) => Denials.Contains(word);

    /// <summary>Present participles ("saying", "adding") whose subject is the clause's subject.</summary>
    public static bool IsParticiple(string word) => word.EndsWith("ing", StringComparison.Ordinal) && Cues.Contains(word);
}
