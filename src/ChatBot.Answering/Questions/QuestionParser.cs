using System.Text.RegularExpressions;

namespace ChatBot.Answering.Questions;

/// <summary>
/// Understands a chat message: the kind of question, who it is about, the topic, an exact
/// phrase and any outlet or date filter. It never builds a query from the raw text: the result
/// is plain words that the search layer analyses itself.
/// </summary>
public static partial class QuestionParser
{
    /// <summary>Messages longer than this are cut: no real question is longer, and the cut
    /// keeps a pasted article from turning into a huge query.</summary>
    public const int MaxQuestionLength = 600;

    public static Question Parse(string? message, CoverageCatalog catalog, Question? previous = null)
    {
        var text = (message ?? "").Trim();
        if (text.Length > MaxQuestionLength)
            text = text[..MaxQuestionLength];
        var normalized = TextNormalizer.Normalize(text);
        if (!normalized.Any(char.IsLetterOrDigit))
            return new Question(QuestionKind.Empty, text);
        if (Help().IsMatch(normalized))
            return new Question(QuestionKind.Help, text);

        if (FollowUp(text, normalized, catalog, previous) is { } followUp)
            return followUp;

        var phrase = QuotedPhrase(text);
        var (outlet, outlets, withoutOutlet) = ExtractOutlet(normalized, catalog);
        var (dates, rest) = DateExpressions.Extract(withoutOutlet, catalog.LatestDate);
        rest = Leading().Replace(rest, "");

        var who = WhoSaid().Match(rest);
        if (who.Success)
        {
            var words = phrase ?? StripQuotes(who.Groups["rest"].Value);
            words = ThatOrTheyWere().Replace(words, "");
            return new Question(QuestionKind.WhoSaid, text, Phrase: words.Trim(' ', '?', '.', '!'),
                TopicWords: TopicWords(words), Outlet: outlet, Dates: dates, OutletNames: outlets);
        }

        foreach (var pattern in SpeakerPatterns)
        {
            var match = pattern.Match(rest);
            if (!match.Success)
                continue;
            var mention = match.Groups["who"].Value.Trim();
            var speakers = catalog.Resolve(mention);
            // "X on Y" only counts when X really is someone quoted; otherwise it is a topic.
            if (speakers.Count == 0 && pattern == SpeakerOnTopicShort)
                continue;
            var topic = match.Groups["rest"].Value;
            // "did Putin deny ...", "what did Trump admit": the verb is part of what is asked.
            var verb = match.Groups["verb"];
            var words = verb.Success && StanceVerbs.Contains(verb.Value) ? verb.Value + " " + topic : topic;
            return SpeakerQuestion(text, mention, speakers, words, phrase, outlet, dates) with { OutletNames = outlets, TopicText = TopicTextOf(topic) };
        }

        var mentions = catalog.FindMentions(rest).ToList();
        if (mentions.Count > 0)
        {
            var (speaker, alias) = mentions[0];
            var topic = (" " + TextNormalizer.Key(rest) + " ").Replace(" " + alias + " ", " ", StringComparison.Ordinal);
            // Named outside the usual patterns ("why did Trump side with Putin?"): the rest is
            // not a tidy topic phrase, so replies don't quote it back.
            return SpeakerQuestion(text, alias, [speaker], topic, phrase, outlet, dates) with { OutletNames = outlets, TopicText = null };
        }

        return new Question(QuestionKind.General, text, TopicWords: TopicWords(phrase ?? rest), Phrase: phrase, Outlet: outlet, Dates: dates, OutletNames: outlets);
    }

    /// <summary>The topic words of a text: its words without question words and function words.</summary>
    public static IReadOnlyList<string> TopicWords(string text) =>
        TextNormalizer.Words(text).Where(w => !QuestionWords.NotTopic.Contains(w)).Distinct().ToList();

    private static Question SpeakerQuestion(string text, string mention, IReadOnlyList<string> speakers, string topic,
        string? phrase, string? outlet, DateRange? dates)
    {
        var mentionWords = TextNormalizer.Words(mention).ToHashSet();
        var words = TopicWords(phrase ?? topic).Where(w => !mentionWords.Contains(w)).ToList();
        var kind = words.Count == 0 && phrase is null ? QuestionKind.SpeakerAnything : QuestionKind.SpeakerOnTopic;
        var settingWords = TopicWords(SettingPhrases.OfQuestion(topic)).Where(words.Contains).ToList();
        return new Question(kind, text, SpeakerMention: CleanMention(mention), Speakers: speakers, TopicWords: words,
            Phrase: phrase, Outlet: outlet, Dates: dates, TopicText: TopicTextOf(topic), SettingWords: settingWords);
    }

    /// <summary>A follow-up to the previous question, or null. "more", "sources" and "show the
    /// paragraph" are recognised even with no previous question, so the answer can say so.</summary>
    private static Question? FollowUp(string text, string normalized, CoverageCatalog catalog, Question? previous)
    {
        var basis = previous ?? new Question(QuestionKind.Empty, text);
        if (More().IsMatch(normalized))
            return basis with { Kind = QuestionKind.More, Text = text, FollowUp = true };
        if (Sources().IsMatch(normalized))
            return basis with { Kind = QuestionKind.Sources, Text = text, FollowUp = true };
        if (ParagraphRequest().IsMatch(normalized))
            return basis with { Kind = QuestionKind.Paragraph, Text = text, FollowUp = true };
        if (previous is null)
            return null;

        var whatElse = WhatElse().Match(normalized);
        if (whatElse.Success && previous.Speakers.Count > 0)
        {
            var who = whatElse.Groups["who"].Value;
            if (Pronoun().IsMatch(who) || catalog.Resolve(who).SequenceEqual(previous.Speakers))
            {
                // Every other quote of the speaker's answers "what else"; those on the
                // conversation's topic, or on what the message adds ("... after the press
                // conference"), come first.
                var preferred = previous.TopicWords.Concat(TopicWords(normalized[(whatElse.Index + whatElse.Length)..]))
                    .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                return previous with { Kind = QuestionKind.SpeakerAnything, Text = text, TopicWords = preferred, Phrase = null, FollowUp = true };
            }
        }

        var andWho = AndWho().Match(normalized);
        if (andWho.Success)
        {
            var mention = andWho.Groups["who"].Value;
            var speakers = catalog.Resolve(mention);
            if (speakers.Count > 0 || previous.Speakers.Count > 0)
            {
                var kind = previous.TopicWords.Count > 0 || previous.Phrase is not null ? QuestionKind.SpeakerOnTopic : QuestionKind.SpeakerAnything;
                return previous with { Kind = kind, Text = text, SpeakerMention = CleanMention(mention), Speakers = speakers, FollowUp = true };
            }
        }
        return null;
    }

    /// <summary>Finds a known outlet named in the question ("according to Fox News", "did the
    /// Washington Times report ...") and removes it with the words that tie it in.</summary>
    private static (string? Outlet, IReadOnlyList<string> Outlets, string Remainder) ExtractOutlet(string normalized, CoverageCatalog catalog)
    {
        var key = " " + TextNormalizer.Key(normalized) + " ";
        foreach (var (form, display, outlets) in catalog.OutletForms)
        {
            var at = key.IndexOf(" " + form + " ", StringComparison.Ordinal);
            if (at < 0)
                continue;
            var left = OutletLeftWords().Replace(key[..at], "");
            var right = OutletRightWords().Replace(key[(at + form.Length + 1)..], " ");
            return (display, outlets, (left + " " + right).Trim());
        }
        return (null, [], normalized);
    }

    /// <summary>The words between quotation marks, if the question quotes something.</summary>
    private static string? QuotedPhrase(string text)
    {
        var match = Quoted().Match(TextNormalizer.Normalize(text));
        return match.Success && match.Groups["words"].Value.Trim().Length > 2 ? match.Groups["words"].Value.Trim() : null;
    }

    /// <summary>The topic as the user put it, for replies: "about the election hacking?" is
    /// "the election hacking".</summary>
    private static string? TopicTextOf(string topic)
    {
        // "did Trump say anything about Finland?" is about Finland.
        var trimmed = Anything().Replace(topic.Trim(), "");
        if (!TopicLead().IsMatch(trimmed))
            return null;
        var text = TopicLead().Replace(trimmed, "").Trim(' ', '?', '.', '!', ',', '"');
        return text.Length == 0 ? null : text;
    }

    private static string StripQuotes(string text) => text.Replace("\"", "", StringComparison.Ordinal);

    private static string CleanMention(string mention)
    {
        var words = TextNormalizer.Words(mention).ToList();
        if (words.Count > 0 && words[^1] == "s")
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words.Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }

    private const string SpeechVerb =
        @"(?:say|says|said|saying|tell|tells|told|think|thinks|thought|tweet|tweets|tweeted|write|writes|wrote|written|" +
        @"claim|claims|claimed|argue|argues|argued|state|stated|comment|commented|respond|responded|reply|replied|" +
        @"suggest|suggested|admit|admitted|deny|denied|warn|warned|announce|announced|predict|predicted|insist|insisted|" +
        @"mean|meant|call|called|describe|described|accuse|accused|blame|blamed|criticize|criticized|criticise|criticised|" +
        @"praise|praised|defend|defended|mention|mentioned|believe|believed|promise|promised|threaten|threatened|" +
        @"confirm|confirmed|acknowledge|acknowledged|reject|rejected|condemn|condemned|agree|agreed|react|reacted|" +
        @"have to say|had to say|has to say|report|reported|feel|felt)";

    /// <summary>Verbs that say what kind of statement is asked about, unlike "say" or "tell":
    /// "what did Putin deny?" asks for denials, so the verb joins the topic.</summary>
    private static readonly HashSet<string> StanceVerbs = new(StringComparer.Ordinal)
    {
        "deny", "denied", "admit", "admitted", "blame", "blamed", "praise", "praised", "criticize",
        "criticized", "criticise", "criticised", "accuse", "accused", "defend", "defended", "warn",
        "warned", "threaten", "threatened", "promise", "promised", "condemn", "condemned", "reject",
        "rejected", "confirm", "confirmed", "acknowledge", "acknowledged", "predict", "predicted",
    };

    private static readonly Regex SpeakerOnTopicShort = OnTopicShort();

    private static readonly Regex[] SpeakerPatterns =
    [
        WhatDidXSay(),
        DidXSay(),
        WhatWereXsRemarks(),
        HowDidXRespond(),
        QuotesFromX(),
        SpeakerOnTopicShort,
    ];

    [GeneratedRegex(@"^(?:help|hi|hello|hey|hiya|start|menu|commands|\?|what can you do|what do you do|what do you know|who are you|how does this work|what can i ask( you)?)\W*$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(?:and|so|ok|okay|also|now|then)[ ,]+")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?:more|show more|more please|next|next page|continue|go on|keep going|any more|anything else|more results|more quotes|show me more)\W*$")]
    private static partial Regex More();

    [GeneratedRegex(@"^(?:where (?:was|were|is|are) (?:that|this|it|these|those|they) (?:published|from|reported|printed)|(?:which|what) (?:outlets?|papers?|sources?|publications?)(?: (?:was|were|is|are|carried|published|printed|reported))?(?: (?:that|this|it|these|those))?|sources?|links?|what(?:'s| is| are) the sources?|source please|where did you find (?:that|this|it))\W*$")]
    private static partial Regex Sources();

    [GeneratedRegex(@"^(?:show|give|tell)?(?: me)?(?: the)? ?(?:full|whole|entire|complete)? ?(?:paragraph|context|more context)(?: please)?\W*$|^(?:show|give)(?: me)?(?: the)? (?:full|whole|entire|complete) (?:paragraph|quote|context)\W*$")]
    private static partial Regex ParagraphRequest();

    [GeneratedRegex(@"^(?:and |so )?what else (?:did|does|has|had) (?<who>.+?) (?:say|said|tell|tweet|write|claim)\b")]
    private static partial Regex WhatElse();

    [GeneratedRegex(@"^(?:he|she|they|him|her|them|it)$")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:and|what about|how about|and what about|what of|and how about)[ ,]+(?!(?:what|who|whom|how|why|when|where|which|did|does|do|has|have|is|was|were|are|can|could|would|should|tell|show)\b)(?<who>[^?.!]{2,60}?)(?:'s)?\W*$")]
    private static partial Regex AndWho();

    [GeneratedRegex(@"^who (?:said|says|say|tweeted|wrote|stated|claimed|called|told|declared|remarked|described|warned|argued|insisted|is quoted saying|was quoted saying|made the remark|made the comment)\b(?<rest>.*)$")]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@"^(?:that|they were |he was |she was |it was )+")]
    private static partial Regex ThatOrTheyWere();

    [GeneratedRegex(@"^(?:what|wat|wht)(?:'s| has| have| did| does| do| had| was| is| were| are)? (?<who>.+?) (?:(?:just|really|actually|also|previously|ever|recently) )?(?<verb>" + SpeechVerb + @")\b(?<rest>.*)$")]
    private static partial Regex WhatDidXSay();

    [GeneratedRegex(@"^(?:did|does|has|have|had|was|is|were|would) (?<who>.+?) (?:(?:ever|really|actually|also|ever) )?(?<verb>" + SpeechVerb + @")\w*\b(?<rest>.*)$")]
    private static partial Regex DidXSay();

    [GeneratedRegex(@"^(?:what|how) (?:were|are|was|is) (?<who>.+?)'s? (?:remarks?|comments?|words|views?|statements?|position|response|reaction|quotes?|take|thoughts|opinion)\b(?<rest>.*)$")]
    private static partial Regex WhatWereXsRemarks();

    [GeneratedRegex(@"^how (?:did|does|has) (?<who>.+?) (?:respond|react|reply|describe|characteri[sz]e|feel)\w*\b(?<rest>.*)$")]
    private static partial Regex HowDidXRespond();

    [GeneratedRegex(@"^(?:(?:show me |give me |find |any )?(?:quotes?|statements?|comments?|remarks?|anything) (?:from|by) )(?<who>.+?)(?:(?: on| about| regarding) (?<rest>.+))?\W*$")]
    private static partial Regex QuotesFromX();

    [GeneratedRegex(@"^(?<who>[^,]{3,40}?) (?:on|about) (?<rest>.+)$")]
    private static partial Regex OnTopicShort();

    [GeneratedRegex(@"^(?:about|on|regarding|concerning|of|to|in relation to|with regard to)\s+")]
    private static partial Regex TopicLead();

    [GeneratedRegex(@"^(?:anything|something|much|a lot|at all)\s+")]
    private static partial Regex Anything();

    [GeneratedRegex("\"(?<words>[^\"]+)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?: according to| as reported by| reported by| reported in| quoted by| quoted in| published by| published in| in| by| from| on)?(?: the)?\s*$")]
    private static partial Regex OutletLeftWords();

    [GeneratedRegex(@"^\s*(?:reported|reports|report|wrote|writes|write|printed|published|quoted|carried|says|say)?\s")]
    private static partial Regex OutletRightWords();
}
