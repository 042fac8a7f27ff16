using System.Globalization;
using System.Text;

namespace ChatBot.Answering.Questions;

/// <summary>
/// Puts chat text and article text in one comparable form: lower case, no accents, straight
/// quotes and apostrophes, dashes as hyphens, single spaces. Used to compare names and to
/// recognise the same quote in two articles; never shown to the user.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var mapped = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(mapped) || char.IsControl(mapped))
            {
                if (!lastWasSpace)
                    builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(mapped);
            lastWasSpace = false;
        }
        return builder.ToString().Trim();
    }

    /// <summary>The text with lone surrogate halves and U+FFFE replaced by U+FFFD: chat clients
    /// can send them (a cut emoji), and <see cref="string.Normalize()"/> throws on them.</summary>
    private static string WellFormed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>Only letters and digits, single-spaced: the key two copies of a quote share even
    /// when outlets punctuate them differently.</summary>
    public static string Key(string text)
    {
        // A possessive is not part of the word: "Pompeo's" is Pompeo.
        var normalized = Normalize(text).Replace("'s ", " ", StringComparison.Ordinal);
        if (normalized.EndsWith("'s", StringComparison.Ordinal))
            normalized = normalized[..^2];
        var builder = new StringBuilder(normalized.Length);
        var lastWasSpace = true;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                lastWasSpace = false;
            }
            else if (c != '\'' && !lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().Trim();
    }

    /// <summary>The words of a text in normalised form, apostrophes and possessives removed.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            words.Add(raw);
        return words;
    }
}
