using CsCheck;

namespace ChatBot.Answering.Tests.Fuzzing;

/// <summary>
/// Generators of what users (and attackers) can type: real questions about the people and
/// topics in the coverage, mangled and mixed with Lucene query syntax, control characters,
/// emoji, right-to-left text, combining marks, lone surrogates, very long text and nothing at
/// all. Names come from the index, so the questions hit real speakers as well as unknown ones.
/// </summary>
internal static class HostileQuestions
{
    /// <summary>Every operator and special character of Lucene's classic query syntax.</summary>
    private static readonly string[] QuerySyntax =
    [
        "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "\"", "*", "?", "~", "~0.8", "^", "^10",
        "[", "]", "{", "}", ":", "\\", "/", "[a TO z]", "{* TO *}", "text:*", "speaker:\"", "/.*/", "\\\\",
        "field:(a OR b)", "\"unclosed", "a~2", "*:*", "\"a b\"~5",
    ];

    private static readonly string[] Oddities =
    [
        "", " ", "\t", "\n", "\r\n", "\0", "\u0001\u0002\u0003", "\u001b[31m", "\u007f", "\u0085", "\u00a0",
        "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff",
        "\ud800", "\udc00", "\udbff\udfff", "\ud83d", "\ude00", "😀", "🇫🇮", "👨‍👩‍👧‍👦", "🤷🏽‍♀️",
        "مرحبا، ماذا قال بوتين؟", "מה אמר טראמפ", "Путин сказал", "普京说了什么", "プーチン", "ज़रूर",
        "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358", "\u0300", "ﬁ", "Ⅻ", "ǅ",
        "...", "?!?!", "\"\"", "''", "“”", "«»", "—", "‐‐", "(((", ")))", "<at>Bot</at>", "<script>alert(1)</script>",
        "%s%n%x", "{0}", "${jndi:ldap://x}", "'; DROP TABLE quotes; --", "NaN", "-1", "1e308", "0x41",
    ];

    private static readonly string[] Templates =
    [
        "what did {name} say about {topic}?", "what did {name} say?", "did {name} deny {topic}?",
        "who said \"{phrase}\"?", "who said {phrase}", "{name} on {topic}", "quotes from {name} about {topic}",
        "how did {name} respond to {topic}?", "what were {name}'s remarks on {topic}", "and {name}?",
        "what about {name}", "what else did he say?", "what else did {name} say?", "more", "next",
        "where was that published?", "sources", "show me the full paragraph", "help", "hi",
        "{topic}", "{topic} according to {outlet}", "what did {name} say on July 16?", "what did {name} say last week?",
        "\"{phrase}\"", "{name}", "{name}'s {topic}", "what did {name} and {name} say about {topic}?",
    ];

    private static readonly string[] Topics =
    [
        "collusion", "the election", "election meddling", "Russia", "the FBI", "the server", "the summit", "Helsinki",
        "nuclear weapons", "Syria", "Crimea", "sanctions", "the intelligence community", "Mueller", "hacking",
        "the 2016 election", "trade", "tariffs on Chinese steel", "NATO", "Ukraine", "the press conference", "",
    ];

    private static readonly string[] UnknownNames =
    [
        "Angela Merkel", "puttin", "Tump", "President", "Mr.", "he", "she", "they", "X Æ A-12", "O'Brien",
        "Jean-Claude", "بوتين", "ВЛАДИМИР ПУТИН", "trump trump trump", "s", "'s",
    ];

    /// <summary>One message: a real question, a mangled one, pure noise, or a mixture.</summary>
    public static Gen<string> Message(IReadOnlyList<string> speakers, IReadOnlyList<string> outlets, IReadOnlyList<string> phrases)
    {
        var names = Gen.OneOf<string>(
            Gen.OneOf<string>(speakers.ToArray()),
            Gen.OneOf<string>(speakers.Select(s => s.Split(' ')[^1]).ToArray()),
            Gen.OneOf<string>(speakers.Select(s => s.ToUpperInvariant()).ToArray()),
            Gen.OneOf<string>(UnknownNames));
        var topics = Gen.OneOf<string>(Gen.OneOf<string>(Topics), Word());
        var phraseGen = Gen.OneOf<string>(Gen.OneOf<string>(phrases.ToArray()), Noise(0, 40));
        var outletGen = Gen.OneOf<string>(outlets.Count > 0 ? outlets.ToArray() : ["Fox News"]);
        var question = Gen.Select(Gen.OneOf<string>(Templates), names, names, topics, phraseGen, outletGen, (template, name, other, topic, phrase, outlet) =>
            Fill(template, name, other, topic, phrase, outlet));

        return Gen.Frequency<string>(
            (30, question),
            (20, Gen.Select(question, Gen.OneOf<string>(QuerySyntax), Gen.Int[0, 200], Insert)),
            (10, Gen.Select(question, Gen.OneOf<string>(Oddities), Gen.Int[0, 200], Insert)),
            (10, Mixture(question)),
            (8, Gen.OneOf<string>(Oddities)),
            (8, Noise(0, 80)),
            (5, Text(Gen.Char["!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’—… "], 1, 60)),
            (4, Gen.Select(question, Gen.Int[20, 400], (q, n) => Repeat(q + " ", n))),
            (3, Gen.Select(Gen.OneOf<string>(QuerySyntax), Gen.Int[1, 1_000], (s, n) => Repeat(s, n))),
            (2, Text(Gen.Char, 0, 300)));
    }

    /// <summary>A follow-up sequence: the turns of one conversation, sharing its memory.</summary>
    public static Gen<string[]> Conversation(IReadOnlyList<string> speakers, IReadOnlyList<string> outlets, IReadOnlyList<string> phrases, int turns) =>
        Message(speakers, outlets, phrases).Array[turns];

    private static Gen<string> Word() => Text(Gen.Char['a', 'z'], 1, 12);

    /// <summary>Random text from every kind of character: ASCII, Latin, RTL, CJK, emoji halves.</summary>
    private static Gen<string> Noise(int min, int max) => Text(Gen.Frequency<char>(
        (10, Gen.Char[' ', '~']),
        (2, Gen.Char['\0', '\u001f']),
        (2, Gen.Char['\u00a0', '\u024f']),
        (2, Gen.Char['\u0590', '\u06ff']),
        (2, Gen.Char['\u0300', '\u036f']),
        (1, Gen.Char['\u4e00', '\u4fff']),
        (1, Gen.Char['\ud800', '\udfff']),
        (1, Gen.Char['\u2000', '\u206f'])), min, max);

    private static Gen<string> Text(Gen<char> chars, int min, int max) => chars.Array[min, max].Select(a => new string(a));

    private static Gen<string> Mixture(Gen<string> question) =>
        Gen.Select(question, Gen.OneOf<string>(QuerySyntax), Gen.OneOf<string>(Oddities), question, Noise(0, 20),
            (a, syntax, odd, b, noise) => $"{syntax}{a} {odd} {noise}{syntax} {b}{odd}");

    private static string Fill(string template, string name, string other, string topic, string phrase, string outlet)
    {
        var first = template.IndexOf("{name}", StringComparison.Ordinal);
        if (first >= 0)
            template = template[..first] + name + template[(first + "{name}".Length)..];
        return template.Replace("{name}", other, StringComparison.Ordinal)
            .Replace("{topic}", topic, StringComparison.Ordinal)
            .Replace("{phrase}", phrase, StringComparison.Ordinal)
            .Replace("{outlet}", outlet, StringComparison.Ordinal);
    }

    private static string Insert(string text, string insert, int at) => text.Insert(Math.Min(at, text.Length), insert);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
