using ChatBot.Answering.Questions;
using ChatBot.Search.Indexing;

namespace ChatBot.Answering.Tests.Questions;

public class QuestionParserTests
{
    private static readonly CoverageCatalog Catalog = new(
        [("Donald Trump", 40), ("Vladimir Putin", 20), ("Nikki Haley", 5), ("Sarah Huckabee Sanders", 4), ("Theresa May", 3)],
        ["Fox News", "The Washington Times"],
        new DateOnly(2018, 7, 20),
        new IndexStatistics(10, 100, 5));

    [Theory]
    [InlineData("what did Putin say about collusion?", "Vladimir Putin", "collusion")]
    [InlineData("What did puttin say about collusion", "Vladimir Putin", "collusion")]
    [InlineData("What were Trump's remarks about NATO?", "Donald Trump", "nato")]
    [InlineData("Did President Trump deny the meeting happened?", "Donald Trump", "meeting")]
    [InlineData("What did Nikki Hailey say about North Korea?", "Nikki Haley", "korea")]
    [InlineData("what has Sarah Sanders said about the press", "Sarah Huckabee Sanders", "press")]
    public void Parse_SpeakerAndTopic_ResolvesSpeakerAndKeepsTopicWords(string text, string speaker, string topicWord)
    {
        var question = QuestionParser.Parse(text, Catalog);

        Assert.Equal(QuestionKind.SpeakerOnTopic, question.Kind);
        Assert.Equal([speaker], question.Speakers);
        Assert.Contains(topicWord, question.TopicWords);
        Assert.DoesNotContain("say", question.TopicWords);
    }

    [Fact]
    public void Resolve_PersonIndexedUnderFullNameAndSurname_ReturnsBoth()
    {
        var catalog = new CoverageCatalog([("Donald Trump", 40), ("Chuck Schumer", 9), ("Schumer", 4), ("Melania Trump", 3), ("Waters", 2), ("Trump", 2)], [], null, new IndexStatistics(1, 1, 5));

        Assert.Equal(["Chuck Schumer", "Schumer"], catalog.Resolve("Schumer"));
        Assert.Equal(["Chuck Schumer", "Schumer"], catalog.Resolve("Sen. Chuck Schumer"));
        Assert.Equal(["Waters"], catalog.Resolve("Maxine Waters"));
        Assert.Equal(["Waters"], catalog.Resolve("Maxine Watters"));
        Assert.Equal(["Donald Trump", "Trump"], catalog.Resolve("Trump"));
        Assert.Equal(["Melania Trump"], catalog.Resolve("Melania Trump"));
    }

    [Fact]
    public void Parse_AndWhatDidXSay_IsANewSpeakerNotAFollowUpName()
    {
        var previous = QuestionParser.Parse("what did Trump say about NATO?", Catalog);

        var question = QuestionParser.Parse("and what did Nikki Haley say?", Catalog, previous);

        Assert.Equal(QuestionKind.SpeakerAnything, question.Kind);
        Assert.Equal(["Nikki Haley"], question.Speakers);
    }

    [Fact]
    public void Parse_WhatDidXSay_AsksForEverythingTheyAreQuotedSaying()
    {
        var question = QuestionParser.Parse("What did Vladimir Putin say?", Catalog);

        Assert.Equal(QuestionKind.SpeakerAnything, question.Kind);
        Assert.Equal(["Vladimir Putin"], question.Speakers);
    }

    [Theory]
    [InlineData("Who said \"I hold both countries responsible\"?", "i hold both countries responsible")]
    [InlineData("who said “witch hunt”", "witch hunt")]
    [InlineData("who said russia has become a meme", "russia has become a meme")]
    public void Parse_WhoSaid_KeepsThePhrase(string text, string phrase)
    {
        var question = QuestionParser.Parse(text, Catalog);

        Assert.Equal(QuestionKind.WhoSaid, question.Kind);
        Assert.Equal(phrase, question.Phrase);
    }

    [Fact]
    public void Parse_UnknownPerson_IsMarkedUnknownNotGuessed()
    {
        var question = QuestionParser.Parse("What did Merkel say about Syria?", Catalog);

        Assert.True(question.SpeakerUnknown);
        Assert.Equal("Merkel", question.SpeakerMention);
        Assert.Empty(question.Speakers);
    }

    [Fact]
    public void Parse_OutletAndDate_BecomeFilters()
    {
        var question = QuestionParser.Parse("What did the Washington Times report Theresa May said about Putin on July 16?", Catalog);

        Assert.Equal("The Washington Times", question.Outlet);
        Assert.Equal(["The Washington Times"], question.OutletNames);
        Assert.Equal(new DateRange(new DateOnly(2018, 7, 16), new DateOnly(2018, 7, 16)), question.Dates);
        Assert.Equal(["Theresa May"], question.Speakers);
        Assert.Contains("putin", question.TopicWords);
    }

    [Fact]
    public void Parse_OutletBrand_CoversEverySectionOfThatOutlet()
    {
        var catalog = new CoverageCatalog([("Donald Trump", 4)], ["CNN (Web News)", "CNN - Editorial", "Fox News", "Fox Online News", "The Hill"], null, new IndexStatistics(1, 1, 1));

        var cnn = QuestionParser.Parse("according to CNN, what did Trump say about Putin?", catalog);
        var fox = QuestionParser.Parse("what did Fox News say Trump said?", catalog);

        Assert.Equal(["CNN (Web News)", "CNN - Editorial"], cnn.OutletNames.Order(StringComparer.Ordinal));
        Assert.Equal("CNN", cnn.Outlet);
        Assert.Equal(["Donald Trump"], cnn.Speakers);
        Assert.DoesNotContain("cnn", cnn.TopicWords);
        Assert.Equal(["Fox News", "Fox Online News"], fox.OutletNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("what did Trump say on July 0?")]
    [InlineData("what did Trump say on February 30?")]
    [InlineData("what did Trump say on 39 July 2018?")]
    public void Parse_DayTheMonthDoesNotHave_IsNoDateFilter(string text)
    {
        var question = QuestionParser.Parse(text, Catalog);

        Assert.Null(question.Dates);
        Assert.Equal(["Donald Trump"], question.Speakers);
    }

    [Fact]
    public void Parse_LastWeek_IsRelativeToTheNewestArticle()
    {
        var question = QuestionParser.Parse("what did Trump say about NATO last week", Catalog);

        Assert.Equal(new DateOnly(2018, 7, 13), question.Dates!.From);
        Assert.Equal(new DateOnly(2018, 7, 20), question.Dates.To);
    }

    [Fact]
    public void Parse_AndOtherPerson_KeepsThePreviousTopic()
    {
        var previous = QuestionParser.Parse("what did Trump say about the election hacking?", Catalog);

        var question = QuestionParser.Parse("and Putin?", Catalog, previous);

        Assert.Equal(QuestionKind.SpeakerOnTopic, question.Kind);
        Assert.Equal(["Vladimir Putin"], question.Speakers);
        Assert.Equal(previous.TopicWords, question.TopicWords);
    }

    [Theory]
    [InlineData("more", QuestionKind.More)]
    [InlineData("where was that published?", QuestionKind.Sources)]
    [InlineData("show me the full paragraph", QuestionKind.Paragraph)]
    public void Parse_FollowUps_AreRecognisedAfterAQuestion(string text, QuestionKind kind)
    {
        var previous = QuestionParser.Parse("what did Trump say about NATO?", Catalog);

        Assert.Equal(kind, QuestionParser.Parse(text, Catalog, previous).Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!...")]
    [InlineData("\u0000\u0001")]
    public void Parse_NothingToAsk_IsEmpty(string text) =>
        Assert.Equal(QuestionKind.Empty, QuestionParser.Parse(text, Catalog).Kind);

    [Theory]
    [InlineData("title:foo AND (bar OR \"baz")]
    [InlineData("*:* ~ ^ [ ] { } \\ / !")]
    [InlineData("‏ما قال بوتين عن التواطؤ؟")]
    [InlineData("😀😀😀 what did 🇺🇸 say")]
    public void Parse_HostileText_NeverThrows(string text)
    {
        var question = QuestionParser.Parse(text, Catalog);
        Assert.NotNull(question);
    }
    [Theory]
    [InlineData("What did Trump say about Russia after his news conference with Putin?", "russia", "conference")]
    [InlineData("Maxine Waters on Trump after Helsinki?", "trump", "helsinki")]
    [InlineData("What did Obama say in his speech in Johannesburg?", null, "johannesburg")]
    [InlineData("What did Putin say about interference in the election?", "election", null)]
    public void Parse_WhereOrWhenInTheQuestion_KeptApartFromWhatItIsAbout(string text, string? subject, string? setting)
    {
        var catalog = new CoverageCatalog([("Donald Trump", 40), ("Vladimir Putin", 20), ("Maxine Waters", 3), ("Barack Obama", 3)], [], null, new IndexStatistics(1, 1, 5));

        var question = QuestionParser.Parse(text, catalog);

        if (subject is not null)
        {
            Assert.Contains(subject, question.TopicWords);
            Assert.DoesNotContain(subject, question.SettingWords);
        }
        if (setting is not null)
        {
            Assert.Contains(setting, question.TopicWords);
            Assert.Contains(setting, question.SettingWords);
        }
    }

    [Fact]
    public void Parse_DidXSayAnythingAbout_RepliesNameTheTopic()
    {
        var question = QuestionParser.Parse("Did Trump say anything about Finland?", Catalog);

        Assert.Equal(QuestionKind.SpeakerOnTopic, question.Kind);
        Assert.Equal("finland", question.TopicText);
        Assert.Empty(question.SettingWords);
    }
}
