namespace ChatBot.Coverage.Sentences;

/// <summary>
/// A value per word, looked up by the word's characters without making a string of them, for a
/// thread that meets the same words article after article. Bounded: once it holds
/// <see cref="MaxWords"/>, it starts over, so a long-running host's rare words (names, numbers)
/// do not pile up. Not thread-safe: one per thread.
/// </summary>
public sealed class BoundedWordTable<TValue>(BoundedWordTable<TValue>.Make make)
{
    public const int MaxWords = 50_000;

    /// <summary>The value of a word the table does not hold yet.</summary>
    public delegate TValue Make(ReadOnlySpan<char> word, string wordString);

    private readonly Dictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue Of(ReadOnlySpan<char> word)
    {
        if (_values.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
            return known;
        if (_values.Count >= MaxWords)
            _values.Clear();
        var key = word.ToString();
        return _values[key] = make(word, key);
    }
}
