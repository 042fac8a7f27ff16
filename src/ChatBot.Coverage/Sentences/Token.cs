using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Sentences;

/// <summary>A word ("U.S.", "they’ve", "Mr.") or a single punctuation mark, with its place in the
/// article and whether it stands inside quotation marks (marks included).</summary>
public readonly record struct Token(TextSpan Span, string Text, bool IsWord, bool InQuote)
{
    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsLower => IsWord && char.IsLower(Text[0]);

    /// <summary>"Trump’s", "Clinton's": a possessive, which is never the subject of a verb.</summary>
    public bool IsPossessive => IsWord && Text.Length > 2 && (Text.EndsWith("’s", StringComparison.Ordinal) || Text.EndsWith("'s", StringComparison.Ordinal));

    public bool Is(string punctuation) => !IsWord && Text == punctuation;
}
