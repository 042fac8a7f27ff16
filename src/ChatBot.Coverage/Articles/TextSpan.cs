namespace ChatBot.Coverage.Articles;

/// <summary>A half-open range [Start, End) of UTF-16 code units in an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(int position) => position >= Start && position < End;

    public string Of(string text) => text[Start..End];

    /// <summary>The same characters as <see cref="Of"/>, without copying them into a new string.</summary>
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}
