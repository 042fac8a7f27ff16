using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ChatBot.Search.Indexing;

/// <summary>
/// The one token of a sentence's <see cref="SentenceKey"/>: its bucket, with the whole key as
/// the payload. Reusable: <see cref="SetKey"/> refills it for the next document.
/// </summary>
internal sealed class SentenceKeyTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IPayloadAttribute _payload;
    private readonly BytesRef _bytes = new(new byte[SentenceKey.PayloadLength]);
    private SentenceKey _key;
    private bool _done;

    public SentenceKeyTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _payload = AddAttribute<IPayloadAttribute>();
    }

    public void SetKey(SentenceKey key) => _key = key;

    public override bool IncrementToken()
    {
        if (_done)
            return false;
        ClearAttributes();
        _term.SetEmpty().Append(_key.Bucket);
        _key.WritePayload(_bytes.Bytes);
        _bytes.Length = SentenceKey.PayloadLength;
        _payload.Payload = _bytes;
        _done = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _done = false;
    }
}
