using System.Collections;
using ChatBot.Search.Indexing;

namespace ChatBot.Search.Retrieval;

/// <summary>A hit's attributions, deserialised from their stored JSON (UTF-8 bytes, or a string
/// from an older build) when first read: most hits read are syndicated copies, shown only by
/// their source.</summary>
internal sealed class StoredAttributions(byte[]? utf8, string? json) : IReadOnlyList<StoredAttribution>
{
    private readonly Lazy<IReadOnlyList<StoredAttribution>> _list = new(
        () => utf8 is not null ? StoredAttribution.Deserialize(utf8) : StoredAttribution.Deserialize(json), LazyThreadSafetyMode.PublicationOnly);

    public StoredAttribution this[int index] => _list.Value[index];

    public int Count => _list.Value.Count;

    public IEnumerator<StoredAttribution> GetEnumerator() => _list.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
