using System.Globalization;

namespace ChatBot.Search.Indexing;

/// <summary>How the index writes an article's date: "yyyy-MM-dd", so dates sort and range as
/// strings.</summary>
public static class IndexDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as the index wrote it, or null. Read by hand: the culture-aware exact
    /// parse cost a tenth of answering a question.</summary>
    public static DateOnly? Parse(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }
}
