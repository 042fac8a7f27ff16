using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.Tests.Attributions;

public class AttributionExtractionTests
{
    private static AnalyzedArticle Analyze(string body) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("t.txt", "Headline\n\n" + body));

    private static Attribution Find(AnalyzedArticle analyzed, string quote) =>
        analyzed.Attributions.Single(a => a.Quote == quote);

    [Fact]
    public void Analyze_CurlyQuoteThenSpeaker_DirectWithCommaInsideMarks()
    {
        var a = Find(Analyze("“We will win,” Jane Doe said on Monday."), "We will win,");
        Assert.Equal(AttributionKind.Direct, a.Kind);
        Assert.Equal("Jane Doe", a.SpeakerName);
    }

    [Fact]
    public void Analyze_StraightQuoteInvertedCue_FindsSpeaker()
    {
        var a = Find(Analyze("\"We will win,\" said Jane Doe."), "We will win,");
        Assert.Equal("Jane Doe", a.SpeakerName);
    }

    [Fact]
    public void Analyze_SplitQuote_BothPartsHaveTheSpeaker()
    {
        var analyzed = Analyze("“We lost,” Jane Doe said. “We will win next time.”");
        Assert.Equal("Jane Doe", Find(analyzed, "We lost,").SpeakerName);
        Assert.Equal("Jane Doe", Find(analyzed, "We will win next time.").SpeakerName);
    }

    [Fact]
    public void Analyze_QuoteRunningIntoNextParagraph_OneQuoteWithSpeaker()
    {
        var analyzed = Analyze("Jane Doe said: “We lost this one.\n\n“But we will be back.”");
        var a = Assert.Single(analyzed.Attributions, x => x.Kind == AttributionKind.Direct);
        Assert.Equal("We lost this one. But we will be back.", a.Quote);
        Assert.Equal("Jane Doe", a.SpeakerName);
        Assert.Equal(1, a.Paragraph);
    }

    [Fact]
    public void Analyze_PronounInNextParagraph_ResolvesToLastNamedSpeaker()
    {
        var analyzed = Analyze("Senator Jane Doe spoke on Monday.\n\n“We will win,” she said.");
        Assert.Equal("Jane Doe", Find(analyzed, "We will win,").SpeakerName);
    }

    [Fact]
    public void Analyze_PronounAfterQuoteNamingSomeoneElse_NotResolvedToTheNameInTheQuote()
    {
        var analyzed = Analyze("John Roe spoke first.\n\n“Jane Doe is wrong about this,” he said.");
        Assert.Equal("John Roe", Find(analyzed, "Jane Doe is wrong about this,").SpeakerName);
    }

    [Fact]
    public void Analyze_TitledNameThenSurname_OneCanonicalNameWithAliases()
    {
        var analyzed = Analyze("Russian President Ivan Petrov met them. “No,” Petrov said. President Petrov said the talks failed.");
        Assert.All(analyzed.Attributions, a => Assert.Equal("Ivan Petrov", a.SpeakerName));
        var speaker = Assert.Single(analyzed.Speakers);
        Assert.Contains("Petrov", speaker.Aliases);
        Assert.Contains("President Petrov", speaker.Aliases);
    }

    [Fact]
    public void Analyze_SurnameFirstFullNameLater_GetsFullName()
    {
        var analyzed = Analyze("Petrov said the talks failed.\n\nIvan Petrov came to power in 2000.");
        Assert.Equal("Ivan Petrov", Find(analyzed, "the talks failed").SpeakerName);
    }

    [Fact]
    public void Analyze_Appositive_SpeakerIsTheName()
    {
        var a = Find(Analyze("“No comment,” Sarah Sanders, the White House press secretary, said."), "No comment,");
        Assert.Equal("Sarah Sanders", a.SpeakerName);
    }

    [Fact]
    public void Analyze_Organisation_SpeakerIsOrganisation()
    {
        var a = Find(Analyze("The Kremlin said the meeting went well."), "the meeting went well");
        Assert.Equal("Kremlin", a.SpeakerName);
        Assert.True(a.Speaker!.IsOrganisation);
    }

    [Fact]
    public void Analyze_UnnamedSource_NoSpeakerButSourceSpan()
    {
        var analyzed = Analyze("The plan will fail, officials said.");
        var a = Find(analyzed, "The plan will fail");
        Assert.Null(a.Speaker);
        Assert.Equal("officials", analyzed.Article.TextOf(a.Source!.Value));
        Assert.Equal(AttributionKind.Reported, a.Kind);
    }

    [Fact]
    public void Analyze_ReportedWithThat_QuoteIsTheClauseWithoutCue()
    {
        var a = Find(Analyze("Jane Doe said that the vote was rigged."), "the vote was rigged");
        Assert.Equal("said", Analyze("Jane Doe said that the vote was rigged.").Article.Text[a.Cue!.Value.Start..a.Cue.Value.End]);
    }

    [Fact]
    public void Analyze_PartialQuoteInReportedSpeech_DirectFragmentWithSameSpeaker()
    {
        var analyzed = Analyze("Jane Doe said the inquiry was a “witch hunt” from the start.");
        var fragment = Find(analyzed, "witch hunt");
        Assert.Equal(AttributionKind.Direct, fragment.Kind);
        Assert.True(fragment.IsPartial);
        Assert.Equal("Jane Doe", fragment.SpeakerName);
    }

    [Fact]
    public void Analyze_CueInsideQuote_IsNotReportedSpeech()
    {
        var analyzed = Analyze("“Jane Doe said it was fine,” John Roe said.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("John Roe", a.SpeakerName);
    }
}
