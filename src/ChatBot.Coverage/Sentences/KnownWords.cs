namespace ChatBot.Coverage.Sentences;

/// <summary>
/// The words a thread has met in the articles it read (as written, or as analysed for the
/// index), each as one string: a word new to an article is usually not new to the thread, and
/// the articles of a batch would otherwise each make their own string of "said", "president"
/// and the rest (bounded, see <see cref="BoundedWordTable{TValue}"/>).
/// </summary>
public static class KnownWords
{
    [ThreadStatic]
    private static BoundedWordTable<string>? _words;

    /// <summary>The thread's string of these characters, made now if it has none.</summary>
    public static string Of(ReadOnlySpan<char> chars) =>
        (_words ??= new BoundedWordTable<string>((_, word) => word)).Of(chars);
}
