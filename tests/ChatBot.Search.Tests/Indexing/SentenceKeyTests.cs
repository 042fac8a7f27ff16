using ChatBot.Search.Indexing;
using Lucene.Net.Util;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>The key that finds a sentence syndicated word for word: the same for the same words
/// whatever the punctuation, spacing or case, different for different words.</summary>
public sealed class SentenceKeyTests
{
    [Fact]
    public void Of_SameWordsOtherPunctuationSpacingAndCase_SameKey()
    {
        var key = SentenceKey.Of("“The harbour will reopen on Monday,” Mayor Lena Ortiz said.");

        Assert.Equal(key, SentenceKey.Of("\"the harbour will  reopen on monday\" - MAYOR LENA ORTIZ SAID"));
    }

    [Fact]
    public void Of_OneWordDifferent_OtherKey() =>
        Assert.NotEqual(SentenceKey.Of("The harbour will reopen on Monday."), SentenceKey.Of("The harbour will reopen on Tuesday."));

    [Fact]
    public void Of_SentenceLongerThanTheStackBuffer_KeyOfAllItsLetters()
    {
        var words = string.Join(' ', Enumerable.Repeat("harbour", 200));

        Assert.NotEqual(SentenceKey.Of(words + " open"), SentenceKey.Of(words + " shut"));
        Assert.Equal(SentenceKey.Of(words + " open"), SentenceKey.Of(words.ToUpperInvariant() + ", open!"));
    }

    [Fact]
    public void Matches_ThePayloadItWrote_TrueAndAnotherKeys_False()
    {
        var key = SentenceKey.Of("The harbour will reopen on Monday.");
        var payload = new BytesRef(new byte[SentenceKey.PayloadLength]);
        key.WritePayload(payload.Bytes);

        Assert.True(key.Matches(payload));
        Assert.False(SentenceKey.Of("The harbour stays shut.").Matches(payload));
        Assert.False(key.Matches(null));
    }

    [Fact]
    public void Bucket_FourHexDigitsOfTheKey() =>
        Assert.Matches("^[0-9a-f]{4}$", SentenceKey.Of("The harbour will reopen on Monday.").Bucket);
}
