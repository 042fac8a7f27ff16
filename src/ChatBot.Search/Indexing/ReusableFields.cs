using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Hands out the untokenised fields (exact strings, numbers) of one document at a time, refilling
/// the previous document's instances when reuse is on. Lucene.Net gives every such field
/// instance its own token stream, and creating one takes a process-wide lock (the attribute
/// factory's cache): with a new field per sentence, parallel indexing spent about a third of its
/// time waiting on that lock. Reused fields keep their token stream. Handing a field out
/// allocates nothing: this runs for every field of every sentence.
/// </summary>
internal sealed class ReusableFields(bool reuse)
{
    [ThreadStatic]
    private static ReusableFields? _ofThisThread;

    /// <summary>The reusing instance of the calling thread, shared by the articles it indexes
    /// one after the other: each article's documents are consumed before the next article's are
    /// made (IndexWriter.UpdateDocuments), and a new instance per article made every field and
    /// its token stream again, 20 of them per article.</summary>
    public static ReusableFields OfThisThread => _ofThisThread ??= new ReusableFields(reuse: true);

    // The instances of each field name (a stored and an unstored field of one name are
    // different instances), and how many of them the current document uses.
    private readonly Dictionary<(string Name, bool Stored), Slot> _slots = [];

    private sealed class Slot
    {
        public readonly List<Field> Fields = [];
        public int Used;
    }

    private readonly Document _document = new();

    /// <summary>Starts the next document, empty: when reusing, it is the previous document
    /// emptied, and its fields may be the previous document's instances, so that document must
    /// have been consumed already (IndexWriter reads them in turn).</summary>
    public Document NextDocument()
    {
        if (!reuse)
            return new Document();
        foreach (var slot in _slots.Values)
            slot.Used = 0;
        _document.Fields.Clear();
        return _document;
    }

    public Field String(string name, string value, Field.Store store)
    {
        var stored = store == Field.Store.YES;
        if (Reused(name, stored) is { } field)
        {
            field.SetStringValue(value);
            return field;
        }
        return Keep(name, stored, new StringField(name, value, store));
    }

    /// <summary>A number kept with the document, not searchable.</summary>
    public Field StoredInt32(string name, int value)
    {
        if (Reused(name, stored: true) is { } field)
        {
            field.SetInt32Value(value);
            return field;
        }
        return Keep(name, stored: true, new StoredField(name, value));
    }

    /// <summary>A field of terms analysed already (see <see cref="TermListTokenStream"/>).</summary>
    public Field Terms(string name, IReadOnlyList<string> terms, FieldType type)
    {
        var field = Stream<TermListTokenStream>(name, type, out var stream);
        stream.SetTerms(terms);
        return field;
    }

    /// <summary>A field of a sentence's or a quote's words from its paragraph's analysis (see <see cref="SpanTokenStream"/>).</summary>
    public Field Tokens(string name, SpanTokens tokens, FieldType type)
    {
        var field = Stream<SpanTokenStream>(name, type, out var stream);
        stream.SetTokens(tokens);
        return field;
    }

    /// <summary>A sentence's key: its bucket term with the whole key as payload (see <see cref="SentenceKey"/>).</summary>
    public Field Key(string name, SentenceKey key, FieldType type)
    {
        var field = Stream<SentenceKeyTokenStream>(name, type, out var stream);
        stream.SetKey(key);
        return field;
    }

    // A field fed by a token stream of our own, for the caller to fill with the document's tokens.
    private Field Stream<TStream>(string name, FieldType type, out TStream stream) where TStream : TokenStream, new()
    {
        if (Reused(name, stored: false) is { } field)
        {
            stream = (TStream)field.GetTokenStreamValue();
            return field;
        }
        stream = new TStream();
        return Keep(name, stored: false, new Field(name, stream, type));
    }

    // The instance of the field this document uses next, or null when it needs a new one.
    private Field? Reused(string name, bool stored)
    {
        if (!reuse)
            return null;
        if (!_slots.TryGetValue((name, stored), out var slot))
            _slots[(name, stored)] = slot = new Slot();
        return slot.Used < slot.Fields.Count ? slot.Fields[slot.Used++] : null;
    }

    private Field Keep(string name, bool stored, Field field)
    {
        if (reuse)
        {
            var slot = _slots[(name, stored)];
            slot.Fields.Add(field);
            slot.Used++;
        }
        return field;
    }
}
