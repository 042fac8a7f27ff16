using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>
/// Cuts a stretch of text into words and punctuation. A word keeps inner apostrophes, hyphens
/// and periods ("U.S.-Russian", "they’ve"); a final period stays on abbreviations and initials
/// ("Sen.", "F.") and is punctuation otherwise.
/// </summary>
public static class Tokenizer
{
    /// <summary>Single characters as strings, made once: punctuation is most tokens.</summary>
    private static readonly string[] Chars = Enumerable.Range(0, 0x2100).Select(c => ((char)c).ToString()).ToArray();

    public static List<Token> Tokenize(string text, TextSpan range, Func<int, bool> inQuote)
    {
        var tokens = new List<Token>();
        Tokenize(text, range, inQuote, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="range"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, TextSpan range, Func<int, bool> inQuote, List<Token> tokens)
    {
        var i = range.Start;
        while (i < range.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new Token(new TextSpan(i, i + 1), c < Chars.Length ? Chars[c] : c.ToString(), false, inQuote(i)));
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < range.End)
            {
                var d = text[i];
                // "TrumpGOP": scraped link boxes glue a name to the next word; split where a
                // lowercase letter meets two capitals ("McCarthy" and "DeSantis" stay whole).
                // "TrumpTrump", "WatersDivides" likewise after four letters or more ("FitzGerald" is
                // the rare loss).
                if (char.IsUpper(d) && char.IsLower(text[i - 1]) && ((i + 1 < range.End && char.IsUpper(text[i + 1])) || i - start >= 4))
                    break;
                if (char.IsLetterOrDigit(d))
                    i++;
                else if (d is '’' or '\'' or '-' or '.' or '&' or ',' && i + 1 < range.End && char.IsLetterOrDigit(text[i + 1])
                         && (d != ',' || (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
                    i++;
                else
                    break;
            }
            if (i < range.End && text[i] == '.')
            {
                var word = text[start..(i + 1)];
                var initial = i - start == 1 && char.IsUpper(text[start]);
                if (initial || Abbreviations.IsTitleOrAbbreviation(word) || text.IndexOf('.', start, i - start) >= 0)
                    i++;
            }
            tokens.Add(new Token(new TextSpan(start, i), KnownWords.Of(text.AsSpan(start, i - start)), true, inQuote(start)));
        }
    }
}
