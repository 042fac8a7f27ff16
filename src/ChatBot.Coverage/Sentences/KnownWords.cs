namespace ChatBot.Coverage.Sentences;

/// <summary>
/// The words a thread has met in the articles it read (as written, or as analysed for the
/// index), each as one string: a word new to an article is usually not new to the thread, and
/// the articles of a batch would otherwise each make their own string of "said", "president"
/// and the rest. Bounded: once it
/// holds <see cref="MaxWords"/>, it starts over, so a long-running host's rare words (names,
/// numbers) do not pile up.
/// </summary>
public static class KnownWords
{
    public const int MaxWords = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _words;

    /// <summary>The thread's string of these characters, made now if it has none.</summary>
    public static string Of(ReadOnlySpan<char> chars)
    {
        var words = _words ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known))
            return known;
        if (words.Count >= MaxWords)
            words.Clear();
        var word = chars.ToString();
        words[word] = word;
        return word;
    }
}
