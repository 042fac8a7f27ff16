using Lucene.Net.Documents;

namespace ChatBot.Search.Indexing;

/// <summary>What the index keeps about where an article came from: the file it was read from
/// (null when unknown) and the fingerprint of its story text, stored with its first sentence.</summary>
public sealed record ArticleProvenance(string? Origin, string? Fingerprint)
{
    internal Document AddTo(Document document)
    {
        if (Origin is not null)
            document.Add(new StoredField(SentenceFields.Origin, Origin));
        if (Fingerprint is not null)
            document.Add(new StoredField(SentenceFields.Fingerprint, Fingerprint));
        return document;
    }
}
