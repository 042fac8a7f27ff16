using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;

namespace ChatBot.Answering.Tests.Fuzzing;

/// <summary>What the fuzz test found, pinned down as plain examples.</summary>
public sealed class FuzzFindingsTests(SeedCoverage coverage) : IClassFixture<SeedCoverage>
{
    [Theory]
    [InlineData("what did Putin say about \ud800 collusion?")]
    [InlineData("who said \udc00\"I hold both countries responsible\"")]
    [InlineData("\ufffe")]
    [InlineData("😀 what did Trump say? \ud83d")]
    public void Answer_LoneSurrogateHalves_AnswersInsteadOfThrowing(string message)
    {
        var answer = coverage.Answers.Answer(message, new ConversationMemory());

        Assert.False(string.IsNullOrWhiteSpace(AnswerText.Render(answer)));
    }

    [Fact]
    public void More_AfterSomeoneNobodyQuoted_ShowsNobodyElsesQuotes()
    {
        var memory = new ConversationMemory();
        var first = coverage.Answers.Answer("what did Angela Merkel say?", memory);

        var more = coverage.Answers.Answer("more", memory);

        Assert.Contains("could not find", first.Lead);
        Assert.Empty(more.Items);
        Assert.Equal(AnswerStatus.NotFound, more.Status);
    }
}
