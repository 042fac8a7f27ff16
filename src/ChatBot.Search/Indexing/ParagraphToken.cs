namespace ChatBot.Search.Indexing;

/// <summary>A word of a paragraph as analysis gave it: its number among the article's words
/// (see <see cref="ParagraphWords"/>), how many positions it moves on from the word before (stop
/// words removed count; a name's initials stack on its last word), and where it starts in the
/// article's text.</summary>
internal readonly record struct ParagraphToken(int Word, int Increment, int Start);
