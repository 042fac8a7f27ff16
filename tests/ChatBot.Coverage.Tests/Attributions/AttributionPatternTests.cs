using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;
using ChatBot.Coverage.Evaluation;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>Source and cue patterns beyond "X said": sign-offs, transcripts, headlines, archives
/// that write quotes as two apostrophes.</summary>
public class AttributionPatternTests
{
    private static AnalyzedArticle Analyze(string text) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("t.txt", text));

    [Fact]
    public void Analyze_QuoteSignedWithDash_SpeakerIsTheName()
    {
        var analyzed = Analyze("Headline\n\n“We deserve better than this campaign.” ― Jane Doe\n");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Jane Doe", a.SpeakerName);
    }

    [Fact]
    public void Analyze_TwoApostropheQuotes_ReadAsDirectQuote()
    {
        var analyzed = Analyze("Headline\n\n''It is basically just a tax increase,'' said Alan Cole, an economist.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal(AttributionKind.Direct, a.Kind);
        Assert.Equal("It is basically just a tax increase,", a.Quote);
        Assert.Equal("Alan Cole", a.SpeakerName);
    }

    [Fact]
    public void Analyze_InterruptedQuote_BothHalvesOneStatementForPolnear()
    {
        var analyzed = Analyze("Headline\n\n“Every time you say that,” Jon Tester said, “you give ammunition to the critics.”");
        Assert.Equal(2, analyzed.Attributions.Count);
        Assert.All(analyzed.Attributions, a => Assert.Equal("Jon Tester", a.SpeakerName));
        var folded = Assert.Single(PolnearView.Countable(analyzed));
        Assert.Equal(analyzed.Attributions[1].Content.End, folded.Content.End);
    }

    [Fact]
    public void Analyze_InterruptedQuoteWithParticipleGloss_QuoteGoesOnUnderTheTag()
    {
        var analyzed = Analyze("Headline\n\n“Every time you say that,” Jon Tester said, referring to the excuse, “you give ammunition to the critics.”");
        var gloss = analyzed.Attributions.Single(a => a.Kind == AttributionKind.Reported);
        Assert.Equal("to the excuse", gloss.Quote);
        Assert.Equal("Jon Tester", gloss.SpeakerName);
        var counted = PolnearView.Countable(analyzed);
        Assert.Equal(2, counted.Count);
        var folded = counted.Single(a => a.Kind == AttributionKind.Direct);
        Assert.Equal("said", folded.Cue!.Value.Of(analyzed.Article.Text));
        Assert.EndsWith("critics.”", folded.Content.Of(analyzed.Article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_QuoteFinishingTheSpeakersSentence_ContentStartsWithTheSentence()
    {
        var analyzed = Analyze("Headline\n\nHer proposals send a clear message that a top priority ''is increasing the tax liability at the top,'' Mr. Kamin said.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("is increasing the tax liability at the top,", a.Quote);
        Assert.StartsWith("Her proposals send", a.Content.Of(analyzed.Article.Text), StringComparison.Ordinal);
        Assert.Equal("Kamin", a.SpeakerName);
    }

    [Fact]
    public void Analyze_LongSubjectThenCueThenQuestionInQuotes_SubjectIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nProtesters marching through the streets chanted \"What curfew?\" and kept going until 2 a.m.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("What curfew?", a.Quote);
        Assert.StartsWith("Protesters", a.Source!.Value.Of(analyzed.Article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ShortAsideBetweenTwoQuotes_QuoteGoesOnWithTheSpeaker()
    {
        var analyzed = Analyze("Headline\n\n\"We have had problems with intrusions in the past,\" Obama said. He didn't suggest retaliation. \"Our goal is not to start a cycle of escalation.\"");
        var second = analyzed.Attributions.Single(a => a.Quote.Contains("Our goal", StringComparison.Ordinal));
        Assert.Equal("Obama", second.Speaker?.CanonicalName);
        Assert.Equal("said", second.Cue!.Value.Of(analyzed.Article.Text));
    }

    [Fact]
    public void Analyze_AccordingTo_ReportedWithSource()
    {
        var analyzed = Analyze("Headline\n\nThe plan will cost $2 billion, according to the Congressional Budget Office.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("The plan will cost $2 billion", a.Quote);
        Assert.True(a.Speaker!.IsOrganisation);
    }

    [Fact]
    public void Analyze_HeadlineWithCue_AttributionInParagraphZero()
    {
        var analyzed = Analyze("Obama Says Museum Will Tell of Suffering\n\nThe museum opened on Saturday with a speech by Barack Obama.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal(0, a.Paragraph);
        Assert.Equal("Barack Obama", a.SpeakerName);
    }

    [Fact]
    public void Analyze_SurnameThroughoutAndRelativeNamedOnceLater_SurnameNotGivenTheRelativesName()
    {
        var analyzed = Analyze("Headline\n\nTrump said the talks went well. Trump said he was pleased. Trump said more was coming.\n\nMelania Trump visited a school on Monday.");
        Assert.All(analyzed.Attributions, a => Assert.Equal("Trump", a.SpeakerName));
    }

    [Fact]
    public void Analyze_PronounFarFromAnyNamedPerson_NoSpeaker()
    {
        var analyzed = Analyze("Headline\n\nJane Doe spoke first.\n\nThe hall was full.\n\nThe crowd cheered.\n\nThe band played.\n\nNight fell.\n\n“We will be back,” she said.");
        Assert.Null(analyzed.Attributions.Single(a => a.Quote == "We will be back,").SpeakerName);
    }

    [Fact]
    public void Analyze_SentenceOpeningWordNotAName_NoSpeaker()
    {
        var analyzed = Analyze("Headline\n\nThousands of people marched. Tens said they would return next week.");
        Assert.DoesNotContain(analyzed.Attributions, a => a.SpeakerName == "Tens");
    }

    [Fact]
    public void Analyze_TitleCaseHeadlineRunOfCapitals_NoMadeUpSpeaker()
    {
        var analyzed = Analyze("Mayor Refuses To Condemn Council Over Budget: ‘We Are All To Blame’\n\nThe council met on Monday.");
        Assert.All(analyzed.Attributions, a => Assert.Null(a.SpeakerName));
    }

    [Fact]
    public void Analyze_TranscriptTurns_EachTurnHasItsSpeaker()
    {
        var analyzed = Analyze("Headline\n\nChris Wallace interviewed Mike Pence on Sunday.\n\nWALLACE: Will she be at the debate?\n\nPENCE: She will not be attending the debate.");
        Assert.Equal("Chris Wallace", analyzed.Attributions.Single(a => a.Quote.StartsWith("Will she", StringComparison.Ordinal)).SpeakerName);
        Assert.Equal("Mike Pence", analyzed.Attributions.Single(a => a.Quote.StartsWith("She will", StringComparison.Ordinal)).SpeakerName);
    }

    [Fact]
    public void Analyze_QuotedTranscriptTurn_RunsOnOverReopenedParagraphsToTheNextTurn()
    {
        var analyzed = Analyze("Headline\n\nChris Wallace interviewed Mike Pence on Sunday.\n\n\"WALLACE: Will she be at the debate?\n\n"
            + "\"PENCE: She will not be attending.\n\n\"But the truth is that she was never invited.\n\n\"(CROSSTALK.)\n\n\"WALLACE: Thank you.\"\n\nThe interview ended there.");
        var turn = analyzed.Attributions.Single(a => a.SpeakerName == "Mike Pence");
        Assert.StartsWith("She will not be attending.", turn.Quote, StringComparison.Ordinal);
        Assert.EndsWith("she was never invited.", turn.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_SectionLabelsInCapitals_AreNotSpeakers()
    {
        var analyzed = Analyze("Headline\n\nOPINION: Why the summit failed and what comes next\n\nREAD: Another view of the summit and its fallout");
        Assert.DoesNotContain(analyzed.Attributions, a => a.SpeakerName is "Opinion" or "Read");
    }

    [Fact]
    public void Analyze_PronounAfterPossessiveMention_ResolvesToTheSubject()
    {
        var analyzed = Analyze("Headline\n\nVladimir Putin deflected questions.\n\nHe also denied knowing about officers indicted as part of Robert Mueller’s probe.\n\n“I will look into it,” he said.");
        Assert.Equal("Vladimir Putin", analyzed.Attributions.Single(a => a.Quote == "I will look into it,").SpeakerName);
    }

    [Fact]
    public void Analyze_ShowTitleInQuotes_IsNotAStatement()
    {
        var analyzed = Analyze("Headline\n\nJane Doe said on “Fox News Sunday” that the race was close.");
        var a = Assert.Single(PolnearView.Countable(analyzed));
        Assert.Equal(AttributionKind.Reported, a.Kind);
        Assert.Equal("the race was close", a.Quote);
    }
}
