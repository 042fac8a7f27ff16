using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;
using ChatBot.Answering.Evaluation;
using ChatBot.Answering.Questions;
using ChatBot.TestSupport;

namespace ChatBot.Answering.Tests.Answers;

/// <summary>Answers from the seed article through a real on-disk index.</summary>
public sealed class AnswerServiceTests(SeedCoverage coverage) : IClassFixture<SeedCoverage>
{
    private readonly AnswerService _answers = coverage.Answers;

    [Fact]
    public void Answer_DevQuestionSet_EveryRowPasses()
    {
        var rows = QuestionSetRow.ReadFile(Path.Combine(SharedMaterial.Eval, "dev-questions.jsonl"));
        var failures = new List<string>();
        foreach (var conversation in QuestionSetRow.Conversations(rows))
        {
            var memory = new ConversationMemory();
            foreach (var row in conversation)
            {
                var reply = AnswerText.Render(_answers.Answer(row.Ask, memory));
                var problems = ReplyCheck.Failures(row, reply);
                if (problems.Count > 0)
                    failures.Add($"{row.Id}: {string.Join("; ", problems)}\n{reply}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Answer_SpeakerOnTopic_GivesTheQuoteSpeakerAndSource()
    {
        var answer = _answers.Answer("what did Putin say about collusion?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        var item = answer.Items[0];
        Assert.Equal("Vladimir Putin", item.Speaker);
        Assert.Equal(AnswerItemKind.Direct, item.Kind);
        Assert.Contains("definitively prove the collusion", item.Quote);
        Assert.Equal(7, item.Source.Paragraph);
        Assert.StartsWith("Trump Refuses To Condemn Putin", item.Source.Headline);
    }

    [Theory]
    [InlineData("what did Putin say about colusion?")]
    [InlineData("what did Putin say about collussion?")]
    public void Answer_MisspeltTopic_FindsTheQuoteAboutTheWordMeant(string text)
    {
        var answer = _answers.Answer(text, new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("definitively prove the collusion", answer.Items[0].Quote);
    }

    [Fact]
    public void Answer_KnownSpeakerNeverOnTopic_AbstainsAndOffersWhatExists()
    {
        var answer = _answers.Answer("What did Putin say about tariffs on Chinese steel?", new ConversationMemory());

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Items);
        Assert.Contains("could not find Vladimir Putin saying anything about", answer.Lead);
        Assert.Contains("What did Vladimir Putin say?", answer.Suggestions);
    }

    [Fact]
    public void Answer_WordsNobodySaid_SaysTheyAreNotInTheCoverage()
    {
        var answer = _answers.Answer("who said \"the moon is made of cheese\"?", new ConversationMemory());

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Items);
    }

    [Fact]
    public void Answer_WhoSaidInOtherWords_SaysTheWordsWereNotFoundAsGivenAndNamesTheClosest()
    {
        var answer = _answers.Answer("who said the united states was foolish?", new ConversationMemory());

        Assert.Equal("I could not find those exact words. These come closest:", answer.Lead);
        Assert.Equal("Donald Trump", answer.Items[0].Speaker);
        Assert.Contains("the United States has been foolish", answer.Items[0].Quote);
    }

    [Fact]
    public void Answer_WhoSaidExactWords_NamesTheSpeaker()
    {
        var answer = _answers.Answer("who said \"we're all to blame\"?", new ConversationMemory());

        Assert.Equal("That was Donald Trump.", answer.Lead);
    }

    [Fact]
    public void Answer_WhatDidXDeny_PutsTheDenialFirst()
    {
        var answer = _answers.Answer("what did Putin deny?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("denied knowing about the 12 Russian officers", answer.Items[0].Sentence);
    }

    [Fact]
    public void Answer_WhatElseDidHeSay_ShowsOtherQuotesNotTheSameOnesAgain()
    {
        var memory = new ConversationMemory();
        var first = _answers.Answer("what did Trump say about the server?", memory);

        var next = _answers.Answer("what else did he say?", memory);

        Assert.Equal(AnswerStatus.Found, next.Status);
        Assert.All(next.Items, i => Assert.Equal("Donald Trump", i.Speaker));
        Assert.DoesNotContain(next.Items, i => first.Items.Any(f => f.Key == i.Key));
    }

    [Fact]
    public void Answer_MoreAfterSpeakerQuestion_PagesThroughWithoutRepeats()
    {
        var memory = new ConversationMemory();
        var first = _answers.Answer("what did Trump say?", memory);
        Assert.True(first.HasMore);
        Assert.Equal(AnswerService.PageSize, first.Items.Count);

        var more = _answers.Answer("more", memory);

        Assert.NotEmpty(more.Items);
        Assert.DoesNotContain(more.Items, i => first.Items.Any(f => f.Key == i.Key));
    }

    [Fact]
    public void Answer_SourcesAndParagraphFollowUps_DescribeTheLastAnswer()
    {
        var memory = new ConversationMemory();
        _answers.Answer("what did Putin say about collusion?", memory);

        var sources = AnswerText.Render(_answers.Answer("where was that published?", memory));
        var paragraph = AnswerText.Render(_answers.Answer("show me the full paragraph", memory));

        Assert.Contains("Trump Refuses To Condemn Putin", sources);
        Assert.Contains("paragraph 7", sources);
        Assert.Contains("responding to a reporter’s question with another question", paragraph);
    }

    [Fact]
    public void Answer_FollowUpWithoutEarlierQuestion_AsksForAQuestionFirst()
    {
        var answer = _answers.Answer("more", new ConversationMemory());

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Contains("Ask me a question first", answer.Lead);
    }

    [Theory]
    [InlineData("title:foo AND (bar OR \"baz")]
    [InlineData("*:* ~ ^ [ ] { } \\ / ! AND OR NOT")]
    [InlineData("what did Putin say about \"\"\"\" ((( ]]]")]
    [InlineData("‏ما قال بوتين عن التواطؤ؟")]
    [InlineData("\u0000\u0007\u001b[31m")]
    public void Answer_HostileText_GivesANormalReply(string text)
    {
        var answer = _answers.Answer(text, new ConversationMemory());

        Assert.False(string.IsNullOrWhiteSpace(AnswerText.Render(answer)));
    }

    [Fact]
    public void Answer_VeryLongMessage_IsCutAndAnswered()
    {
        var answer = _answers.Answer(string.Concat(Enumerable.Repeat("what did Putin say about collusion ", 5000)), new ConversationMemory());

        Assert.True(answer.Question.Text.Length <= QuestionParser.MaxQuestionLength);
    }
}
