using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace ChatBot.Search.Indexing;

/// <summary>
/// Hands out the untokenised fields (exact strings, numbers) of one document at a time, refilling
/// the previous document's instances when reuse is on. Lucene.Net gives every such field
/// instance its own token stream, and creating one takes a process-wide lock (the attribute
/// factory's cache): with a new field per sentence, parallel indexing spent about a third of its
/// time waiting on that lock. Reused fields keep their token stream.
/// </summary>
internal sealed class ReusableFields(bool reuse)
{
    private readonly Dictionary<string, List<Field>> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    /// <summary>Starts the next document: its fields may be the previous document's instances,
    /// so that document must have been consumed already (IndexWriter reads them in turn).</summary>
    public void NextDocument() => _used.Clear();

    public Field String(string name, string value, Field.Store store) =>
        // A stored and an unstored field of one name are different instances.
        Take(store == Field.Store.YES ? name : name + StoredSuffix, () => new StringField(name, value, store), field => field.SetStringValue(value));

    private const string StoredSuffix = "\u0000unstored";

    /// <summary>A number kept with the document, not searchable.</summary>
    public Field StoredInt32(string name, int value) =>
        Take(name, () => new StoredField(name, value), field => field.SetInt32Value(value));

    /// <summary>A field of terms analysed already (see <see cref="TermListTokenStream"/>), at the
    /// given position increments or one apart.</summary>
    public Field Terms(string name, IReadOnlyList<string> terms, FieldType type, IReadOnlyList<int>? increments = null) =>
        Stream<TermListTokenStream>(name, type, stream => stream.SetTerms(terms, increments));

    /// <summary>A sentence's key: its bucket term with the whole key as payload (see <see cref="SentenceKey"/>).</summary>
    public Field Key(string name, SentenceKey key, FieldType type) =>
        Stream<SentenceKeyTokenStream>(name, type, stream => stream.SetKey(key));

    // A field fed by a token stream of our own, which is refilled with the next document's tokens.
    private Field Stream<TStream>(string name, FieldType type, Action<TStream> fill) where TStream : TokenStream, new()
    {
        return Take(name, Create, field => fill((TStream)field.GetTokenStreamValue()));

        Field Create()
        {
            var stream = new TStream();
            fill(stream);
            return new Field(name, stream, type);
        }
    }

    private Field Take(string name, Func<Field> create, Action<Field> refill)
    {
        if (!reuse)
            return create();
        var used = _used.GetValueOrDefault(name);
        _used[name] = used + 1;
        if (!_fields.TryGetValue(name, out var fields))
            _fields[name] = fields = [];
        if (used < fields.Count)
        {
            refill(fields[used]);
            return fields[used];
        }
        var field = create();
        fields.Add(field);
        return field;
    }
}
