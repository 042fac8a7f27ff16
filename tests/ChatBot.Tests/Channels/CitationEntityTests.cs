using ChatBot.Channels;

namespace ChatBot.Tests.Channels;

public sealed class CitationEntityTests
{
    [Fact]
    public void Shorten_ShortText_IsUnchanged()
    {
        Assert.Equal("I hold both countries responsible", CitationEntity.Shorten(" I hold both countries responsible ", 160));
    }

    [Fact]
    public void Shorten_LongText_CutsAtAWordWithinTheLimitAndMarksTheCut()
    {
        var text = string.Join(' ', Enumerable.Repeat("collusion", 30));

        var shortened = CitationEntity.Shorten(text, CitationEntity.MaxAbstractLength);

        Assert.True(shortened.Length <= CitationEntity.MaxAbstractLength, $"{shortened.Length} characters");
        Assert.EndsWith("collusion…", shortened);
    }
}
