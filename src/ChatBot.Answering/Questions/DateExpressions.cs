using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Answering.Questions;

/// <summary>
/// Reads publication-date filters from a question: "on July 16", "16 July 2018", "in July",
/// "last week", "yesterday". Dates without a year, and relative ones, are taken relative to the
/// newest article in the coverage, not to today: the coverage is what the user asks about.
/// </summary>
internal static partial class DateExpressions
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static (DateRange? Range, string Remainder) Extract(string normalized, DateOnly? latest)
    {
        var anchor = latest ?? DateOnly.FromDateTime(DateTime.UtcNow);

        // "July 16" and "16 July" (each with an optional year) name one day.
        foreach (var pattern in new[] { MonthDay(), DayMonth() })
        {
            var dayMatch = pattern.Match(normalized);
            if (dayMatch.Success && Day(dayMatch, anchor) is { } date)
                return (new DateRange(date, date), Remove(normalized, dayMatch));
        }

        var match = InMonth().Match(normalized);
        if (match.Success)
        {
            var month = MonthNumber(match.Groups["month"].Value);
            var first = new DateOnly(Year(match, anchor), month, 1);
            return (new DateRange(first, first.AddMonths(1).AddDays(-1)), Remove(normalized, match));
        }

        match = Relative().Match(normalized);
        if (match.Success)
        {
            var range = match.Groups["when"].Value switch
            {
                "yesterday" => new DateRange(anchor.AddDays(-1), anchor.AddDays(-1)),
                "today" => new DateRange(anchor, anchor),
                "last week" or "past week" or "this week" => new DateRange(anchor.AddDays(-7), anchor),
                _ => new DateRange(anchor.AddDays(-31), anchor),
            };
            return (range, Remove(normalized, match));
        }
        return (null, normalized);
    }

    /// <summary>The day a month-and-day match names, in the anchor's year unless it gives
    /// one; null for a day the month does not have ("February 30").</summary>
    private static DateOnly? Day(Match match, DateOnly anchor)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = Year(match, anchor);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Year(Match match, DateOnly anchor) =>
        match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : anchor.Year;

    private static int MonthNumber(string name) => Array.FindIndex(Months, m => m.StartsWith(name, StringComparison.Ordinal)) + 1;

    private static string Remove(string text, Match match) => (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();

    private const string MonthPattern = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?:on |from )?" + MonthPattern + @"\.? (?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,? (?<year>(?:19|20)\d\d))?")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?:on |from )?(?:the )?(?<day>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?" + MonthPattern + @"\b(?:,? (?<year>(?:19|20)\d\d))?")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:in|during|from) " + MonthPattern + @"\b(?: (?<year>(?:19|20)\d\d))?")]
    private static partial Regex InMonth();

    [GeneratedRegex(@"\b(?<when>yesterday|today|last week|past week|this week|last month|past month)\b")]
    private static partial Regex Relative();
}
