namespace ChatBot.Search.Indexing;

/// <summary>Field names of a sentence document. One document per sentence of every article.
/// A sentence is known by its article and its number (<see cref="Article"/>,
/// <see cref="SentenceNumber"/>); there is no id term of its own, since the only lookup by one
/// is rare (see <c>SentenceSearcher.Get</c>) and a unique term for every sentence made the
/// index's build about a fifteenth slower.</summary>
public static class SentenceFields
{
    /// <summary>The article's id, so an article's sentences are replaced or removed together.</summary>
    public const string Article = "article";

    /// <summary>The sentence as written (English analysis).</summary>
    public const string Text = "text";

    /// <summary>The quoted or reported words of the attributions in this sentence (English analysis).</summary>
    public const string Quote = "quote";

    /// <summary>Canonical speaker names, exact (StringField), for filters and the people list.</summary>
    public const string SpeakerId = "speaker_id";

    /// <summary>"direct", "reported" or "narrative" (StringField).</summary>
    public const string Kind = "kind";

    /// <summary>The distinct words of the headline and the paragraphs around the sentence
    /// (English analysis; indexed for presence only, not stored).</summary>
    public const string Context = "context";

    /// <summary>The distinct words of the sentence's paragraph that the sentence itself does not
    /// hold, those of the paragraph's other sentences (English analysis; presence only). A word of
    /// the paragraph is in this field or in <see cref="Text"/>.</summary>
    public const string ParagraphWords = "paragraph_words";

    /// <summary>A key of the sentence's letters and digits (see <see cref="SentenceKey"/>: a
    /// bucket term with the whole key as payload), so a copy of the sentence in another outlet's
    /// article is found with one term.</summary>
    public const string TextKey = "text_key";

    /// <summary>Marks a sentence whose longest attributed words are a statement
    /// (<see cref="LengthStatement"/>) or also long (<see cref="LengthLong"/>); StringField.</summary>
    public const string Length = "length";

    /// <summary>Stored only: the headline's words are part of <see cref="Context"/>.</summary>
    public const string Headline = "headline";
    public const string Outlet = "outlet";
    public const string Date = "date";
    public const string Url = "url";
    public const string Paragraph = "paragraph";
    public const string SentenceNumber = "sentence";

    /// <summary>Doc values of where the sentence was published (see <see cref="SourceDocValues"/>):
    /// the article's id, headline, outlet, date and link as one sorted value, and the sentence's
    /// paragraph and number as another (8 bytes).</summary>
    public const string Source = "source";
    public const string Place = "place";

    /// <summary>Stored JSON of the attributions overlapping the sentence (quote, speaker, kind).</summary>
    public const string Attributions = "attributions";

    /// <summary>Hash of the article's text and metadata, stored on every sentence, so re-indexing
    /// an unchanged article can be skipped.</summary>
    public const string ContentHash = "content_hash";

    /// <summary>Where the article was read from (a file's full path), so a folder sync removes only
    /// what came from that folder (stored only).</summary>
    public const string Origin = "origin";

    /// <summary>Hash of the article's body words, lower-cased, without punctuation or headline, so
    /// the same story syndicated under another URL is recognised (stored only).</summary>
    public const string Fingerprint = "fingerprint";

    public const string KindDirect = "direct";
    public const string KindReported = "reported";
    public const string KindNarrative = "narrative";

    public const string LengthStatement = "statement";
    public const string LengthLong = "long";
}
