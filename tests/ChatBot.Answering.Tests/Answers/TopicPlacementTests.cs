using ChatBot.Answering.Answers;
using ChatBot.Answering.Conversations;

namespace ChatBot.Answering.Tests.Answers;

/// <summary>Where a topic word stands decides whether a quote answers: in what was said, yes;
/// only in where it was said ("at a news conference in Helsinki, Finland"), no; a few
/// paragraphs before, when several of the question's words stand there together, yes.</summary>
public sealed class TopicPlacementTests
{
    private const string PressConference = """
        Leaders meet for talks

        “We will talk about trade, and we will talk about missiles,” Donald Trump said at a news conference in Helsinki, Finland, on Monday.

        He added that the talks had been long.
        """;

    private const string StateVisit = """
        A state visit

        “Finland is a wonderful host and a great country,” Donald Trump said.
        """;

    private const string TreatyDispute = """
        Treaty dispute deepens

        The president announced that the United States was pulling out of the Intermediate-Range Nuclear Forces Treaty, which limited missiles in Europe.

        He accused Moscow of cheating.

        Foreign Minister Sergei Lavrov was riled.

        At a meeting in Moscow, Mr. Lavrov described the developments as “unprovoked moves that are hard to call friendly.”
        """;

    private const string Reaction = """
        Democrats react

        Maxine Waters said Helsinki should be a tipping point to end all doubts about Trump's fitness to serve.

        “He is dangerous and he is aligned with the Kremlin,” she said.
        """;

    private const string MovingOn = """
        Leaders meet

        Donald Trump said the World Cup final in Moscow had been one of the best ever.

        The summit started an hour late.

        Vladimir Putin kept his guest waiting.

        “Our relationship has never been worse,” Donald Trump said.
        """;

    private const string AnotherSummit = """
        Allies meet in Brussels

        Angela Merkel described the summit as “very intense.”
        """;

    private const string HelsinkiSummit = """
        Leaders meet in Helsinki

        The Helsinki summit ran long, and the two leaders spoke for two hours.
        """;

    [Fact]
    public void Answer_QuoteWhoseOwnWordsMissTheTopic_IsNotOfferedAsTheClosest()
    {
        using var coverage = new FixtureCoverage(("brussels.txt", AnotherSummit), ("helsinki.txt", HelsinkiSummit));

        var answer = coverage.Answers.Answer("What did Merkel say about the Helsinki summit?", new ConversationMemory());

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Items);
    }

    [Fact]
    public void Answer_QuoteGoingOnFromTheSpeakersStatementOnTheTopic_IsOnTheTopicToo()
    {
        using var coverage = new FixtureCoverage(("reaction.txt", Reaction));

        var answer = coverage.Answers.Answer("Maxine Waters on Trump after Helsinki?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains(answer.Items, i => i.Quote.Contains("aligned with the Kremlin", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_TwoTopicWordsOnlyAFewParagraphsBefore_IsNotAnAnswer()
    {
        using var coverage = new FixtureCoverage(("moving-on.txt", MovingOn));

        var answer = coverage.Answers.Answer("What did Trump say about the World Cup?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.DoesNotContain(answer.Items, i => i.Quote.Contains("never been worse", StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_TopicOnlyWhereTheQuoteWasSaid_DoesNotPresentItAsTheAnswer()
    {
        using var coverage = new FixtureCoverage(("press.txt", PressConference));

        var answer = coverage.Answers.Answer("Did Trump say anything about Finland?", new ConversationMemory());

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Contains("could not find Donald Trump saying anything about finland", answer.Lead);
    }

    [Fact]
    public void Answer_TopicInTheQuoteAndElsewhereOnlyInTheSetting_GivesTheQuoteAboutIt()
    {
        using var coverage = new FixtureCoverage(("press.txt", PressConference), ("visit.txt", StateVisit));

        var answer = coverage.Answers.Answer("Did Trump say anything about Finland?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        var item = Assert.Single(answer.Items);
        Assert.Contains("Finland is a wonderful host", item.Quote);
    }

    [Fact]
    public void Answer_QuestionAsksWhereItWasSaid_SettingCounts()
    {
        using var coverage = new FixtureCoverage(("press.txt", PressConference));

        var answer = coverage.Answers.Answer("What did Trump say in Helsinki?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("talk about trade", answer.Items[0].Quote);
    }

    [Fact]
    public void Answer_AcronymAndEventAFewShortParagraphsBeforeTheQuote_FindsTheReaction()
    {
        using var coverage = new FixtureCoverage(("treaty.txt", TreatyDispute));

        var answer = coverage.Answers.Answer("What did Lavrov say about the US pulling out of the INF treaty?", new ConversationMemory());

        Assert.Equal(AnswerStatus.Found, answer.Status);
        Assert.Contains("unprovoked moves that are hard to call friendly", answer.Items[0].Quote);
    }
}
