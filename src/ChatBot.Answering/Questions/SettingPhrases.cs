using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.Questions;

/// <summary>
/// Finds where and when something was said, as opposed to what it was about: "at a news
/// conference in Helsinki, Finland, on Monday", "during his summit with Putin", "in an
/// interview which aired Sunday". A topic word that stands only in such a phrase
/// ("... said following a summit in Helsinki, Finland") does not make the quote about it.
/// </summary>
internal static partial class SettingPhrases
{
    /// <summary>The longest setting phrase taken, in words: longer runs are more likely a
    /// missed boundary than one phrase.</summary>
    private const int MaxWords = 25;

    /// <summary>Occasions one speaks at or in: "in an interview", "at the NATO summit".</summary>
    private static readonly HashSet<string> Occasions = new(StringComparer.OrdinalIgnoreCase)
    {
        "summit", "summits", "meeting", "meetings", "conference", "conferences", "interview", "interviews",
        "speech", "speeches", "rally", "rallies", "hearing", "hearings", "briefing", "briefings", "talks",
        "visit", "trip", "statement", "statements", "appearance", "address", "session", "event", "ceremony",
        "dinner", "lunch", "luncheon", "breakfast", "call", "tweet", "tweets", "post", "posts", "remarks",
        "letter", "op-ed", "memo", "podcast", "show", "broadcast", "programme", "program", "forum",
        "gathering", "debate", "testimony", "roundtable", "announcement", "lecture", "sit-down", "exchange",
        "parade", "tour", "stop", "reception", "photo", "appearances", "sidelines", "retreat", "commencement",
    };

    /// <summary>What follows "on" when it says when or where, not what about: "on Monday",
    /// "on Twitter", "on July 16".</summary>
    private static readonly HashSet<string> OnWhen = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "twitter", "facebook", "instagram", "television", "tv", "camera", "air", "stage", "sidelines", "eve",
        "phone", "call", "visit", "trip", "way", "weekend", "morning", "afternoon", "evening", "night", "day",
        "friday's", "monday's", "sunday's", "plane", "flight", "ride", "board", "tour", "podium", "floor",
    };

    /// <summary>Words that always open a setting.</summary>
    private static readonly HashSet<string> AlwaysSetting = new(StringComparer.OrdinalIgnoreCase)
    {
        "during", "amid", "following", "ahead",
    };

    /// <summary>Words a setting phrase stops before: what comes next is what was said.</summary>
    private static readonly HashSet<string> Ends = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "whether", "about", "regarding", "concerning", "saying", "said", "says", "say", "told", "tells",
        "added", "adding", "stated", "declared", "insisted", "warned", "wrote", "tweeted", "asked", "because",
        "but", "and", "when", "who", "which", "where", "if", "while", "as", "called", "described",
        "denied", "admitted", "argued", "claimed", "suggested", "noted", "explained", "acknowledged",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "his", "her", "their", "its", "this", "that", "last", "next", "our", "my", "your",
    };

    /// <summary>The text without its setting phrases, and the phrases taken out. In an article's
    /// attribution <paramref name="frame"/> (the sentence outside the quote), "in" or "at" a
    /// named place ("in Helsinki") and "after"/"before" anything are settings too; in reported
    /// words ("Russia interfered in Ukraine") only occasions ("in an interview") are. Words in
    /// quotation marks are the speaker's own and are never taken out.</summary>
    public static (string Remainder, string Settings) Split(string text, bool frame)
    {
        if (text.Length == 0)
            return (text, "");
        var tokens = Token().Matches(text);
        var rest = new StringBuilder(text.Length);
        var settings = new StringBuilder();
        var copiedTo = 0;
        var quoted = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].Value;
            if (IsQuoteMark(token))
            {
                quoted = !quoted;
                continue;
            }
            if (quoted || !Opens(tokens, i, frame))
                continue;
            var last = ExtentOf(tokens, i, frame);
            if (last < i)
                continue;
            var start = tokens[i].Index;
            var end = tokens[last].Index + tokens[last].Length;
            rest.Append(text, copiedTo, start - copiedTo).Append(' ');
            settings.Append(text, start, end - start).Append(" | ");
            copiedTo = end;
            i = last;
        }
        if (settings.Length == 0)
            return (text, "");
        rest.Append(text, copiedTo, text.Length - copiedTo);
        return (rest.ToString(), settings.ToString());
    }

    /// <summary>The setting phrases of a question's topic, as typed (any case): "after Trump's
    /// news conference with Putin", "in his Nelson Mandela speech in Johannesburg", "after
    /// Helsinki". "In" and "at" inside what the question is about ("about interference in the
    /// election") belong to the subject; "after", "before", "during" never do.</summary>
    public static string OfQuestion(string topic)
    {
        var settings = new StringBuilder();
        var aboutSubject = false;
        var inSetting = false;
        foreach (Match token in Token().Matches(topic))
        {
            var word = token.Value.ToLowerInvariant();
            if (QuestionSubjectLeads.Contains(word) && !(word == "on" && inSetting))
            {
                aboutSubject = true;
                inSetting = false;
                continue;
            }
            if (word is "after" or "before" or "during" or "following" or "amid" or "ahead" || (!aboutSubject && word is "in" or "at"))
                inSetting = true;
            if (inSetting)
                settings.Append(token.Value).Append(' ');
        }
        return settings.ToString();
    }

    private static readonly HashSet<string> QuestionSubjectLeads = new(StringComparer.Ordinal)
    {
        "about", "regarding", "concerning", "on", "whether", "that", "if", "over",
    };

    private static bool Opens(MatchCollection tokens, int i, bool frame)
    {
        var word = tokens[i].Value;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Value : "";
        if (AlwaysSetting.Contains(word))
            return !word.Equals("ahead", StringComparison.OrdinalIgnoreCase) || next.Equals("of", StringComparison.OrdinalIgnoreCase);
        if (word.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            var after = next.Equals("the", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Count ? tokens[i + 2].Value : next;
            return OnWhen.Contains(after);
        }
        var isTime = word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase);
        if (!isTime && !word.Equals("in", StringComparison.OrdinalIgnoreCase) && !word.Equals("at", StringComparison.OrdinalIgnoreCase))
            return false;
        if (frame && isTime)
            return true;
        // An occasion within the next few words: "at a news conference", "in his resignation letter".
        var first = true;
        var words = 0;
        for (var j = i + 1; j < tokens.Count && words < 6; j++)
        {
            var value = tokens[j].Value;
            if (IsDash(value) && ClosingDash(tokens, j) is var closing and > 0)
            {
                j = closing;
                continue;
            }
            if (!char.IsLetterOrDigit(value[0]))
                return false;
            words++;
            if (Occasions.Contains(value))
                return true;
            if (first && Determiners.Contains(value))
                continue;
            // A named place, in the attribution only: "said in Helsinki", "at the White House".
            if (first && frame && char.IsUpper(value[0]))
                return true;
            first = false;
        }
        return false;
    }

    /// <summary>The last token of the setting phrase opened at <paramref name="start"/>.</summary>
    private static int ExtentOf(MatchCollection tokens, int start, bool frame)
    {
        var last = start;
        var words = 0;
        for (var j = start + 1; j < tokens.Count && words < MaxWords; j++)
        {
            var value = tokens[j].Value;
            if (value == ",")
            {
                // "in Helsinki, Finland, on Monday", "July 16, 2018": a place or a date goes on.
                if (j + 1 < tokens.Count && (ContinuesAfterComma(tokens, j + 1) || Opens(tokens, j + 1, frame)))
                    continue;
                break;
            }
            // "before his controversial — and still unexplained — meeting with Putin in Finland"
            if (IsDash(value) && ClosingDash(tokens, j) is var closing and > 0)
            {
                j = closing;
                continue;
            }
            if (!char.IsLetterOrDigit(value[0]) || Ends.Contains(value))
                break;
            // "in his remarks on NATO": what follows is the subject, unless it says when.
            if (value.Equals("on", StringComparison.OrdinalIgnoreCase) && !Opens(tokens, j, frame))
                break;
            last = j;
            words++;
        }
        return last;
    }

    private static bool ContinuesAfterComma(MatchCollection tokens, int j)
    {
        var value = tokens[j].Value;
        if (char.IsDigit(value[0]) || OnWhen.Contains(value))
            return true;
        if (!char.IsUpper(value[0]))
            return false;
        var after = j + 1 < tokens.Count ? tokens[j + 1].Value : ".";
        return !char.IsLetterOrDigit(after[0]) || char.IsDigit(after[0]);
    }

    private static bool IsDash(string token) => token is "\u2014" or "\u2013" or "-";

    /// <summary>The dash closing a parenthesis opened by the dash at <paramref name="open"/>
    /// within a dozen words, or -1.</summary>
    private static int ClosingDash(MatchCollection tokens, int open)
    {
        for (var j = open + 1; j < tokens.Count && j <= open + 12; j++)
        {
            var value = tokens[j].Value;
            if (IsDash(value))
                return j;
            if (value is "." or ";" or "\"" or "\u201C" or "\u201D")
                return -1;
        }
        return -1;
    }

    private static bool IsQuoteMark(string token) => token is "\"" or "\u201C" or "\u201D" or "\u00AB" or "\u00BB";

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*|\S")]
    private static partial Regex Token();
}
