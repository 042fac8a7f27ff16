using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>
/// NOTE FROM THE TEAM LEAD (added to your worktree while you work): wrong-speaker cases seen
/// in the Helsinki corpus answers, rewritten as small sentences of the same shape. A wrong
/// speaker is the worst bug the product can have: a null speaker is better than a wrong one.
/// Please make these pass with general rules (no special cases), keep them, and commit them.
/// </summary>
public class SpeakerPrecisionTests
{
    private static AnalyzedArticle Analyze(string body) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("t.txt", "Headline\n\n" + body));

    [Fact]
    public void Analyze_PronounAfterReportedSpeechNamingSomeoneElse_StaysWithTheSpeaker()
    {
        var analyzed = Analyze(
            "National Security Adviser John Bolton said both sides agreed the meeting would have no set agenda. " +
            "But he said he found it \"hard to believe\" Mr Putin would not expect the hacking to come up.\n\n" +
            "\"That is one of the purposes of this meeting, so the president can ask him about it,\" he told ABC News.");

        Assert.All(analyzed.Attributions, a => Assert.Equal("John Bolton", a.SpeakerName));
        Assert.Contains(analyzed.Attributions, a => a.Quote.Contains("one of the purposes", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_DescriptionAsSubjectThenHeSaid_IsThePersonDescribedNotTheLastNameSeen()
    {
        var analyzed = Analyze(
            "Russian President Vladimir Putin has denied breaking the treaty.\n\n" +
            "House Majority Leader Kevin McCarthy spoke on Tuesday. The California Republican backed up Mr. Trump on quitting the treaty.\n\n" +
            "\"The Russians have been violating it for years,\" he said.");

        var quote = analyzed.Attributions.Single(a => a.Quote.Contains("violating it for years", StringComparison.Ordinal));
        Assert.Equal("Kevin McCarthy", quote.SpeakerName);
    }

    [Fact]
    public void Analyze_AppositiveClauseNamingAnotherPerson_SpeakerIsTheSubject()
    {
        var analyzed = Analyze(
            "Sen. John McCain, a POW in Vietnam whom Trump once suggested was not a war hero, called the meeting " +
            "\"one of the most disgraceful performances by an American president in memory.\"");

        var quote = analyzed.Attributions.Single(a => a.Quote.Contains("disgraceful performances", StringComparison.Ordinal));
        Assert.Equal("John McCain", quote.SpeakerName);
    }

    [Fact]
    public void Analyze_SubjectThenPossessiveOfAnotherPersonThenSaid_SpeakerIsTheSubject()
    {
        var analyzed = Analyze(
            "Rep. Trey Gowdy defended the inquiry.\n\n" +
            "Gowdy, speaking on \"Fox News Sunday,\" dismissed Trump's connection to Page, said he is \"more like Inspector Gadget than James Bond.\"");

        var quote = analyzed.Attributions.Single(a => a.Quote.Contains("Inspector Gadget", StringComparison.Ordinal));
        Assert.Equal("Trey Gowdy", quote.SpeakerName);
    }

    [Fact]
    public void Analyze_TitlesAndHonorifics_AreNotPartOfTheCanonicalName()
    {
        var analyzed = Analyze(
            "\"We will hold them accountable,\" House Democratic Leader Nancy Pelosi said.\n\n" +
            "\"This is not over,\" Mr Putin said. Russian President Vladimir Putin spoke in Helsinki.");

        Assert.Contains(analyzed.Attributions, a => a.SpeakerName == "Nancy Pelosi");
        Assert.Contains(analyzed.Attributions, a => a.SpeakerName == "Vladimir Putin");
        Assert.DoesNotContain(analyzed.Attributions, a => a.SpeakerName is { } name && (name.StartsWith("Mr", StringComparison.Ordinal) || name.Contains("Leader", StringComparison.Ordinal)));
    }

    [Fact]
    public void Analyze_InlineLinkClutterFromScrapedPages_DoesNotBecomePartOfTheName()
    {
        // Scraped pages sometimes keep a related-links box inside the sentence:
        // "President Trump Donald John TrumpGOP senators balk at ... MORE on Wednesday said ...".
        var analyzed = Analyze(
            "President Trump Donald John TrumpGOP senators balk at lengthy trial Warren goes local MORE on Wednesday attacked Germany. " +
            "\"Germany is a captive of Russia,\" Trump said.");

        var quote = analyzed.Attributions.Single(a => a.Quote.Contains("captive of Russia", StringComparison.Ordinal));
        Assert.Equal("Donald Trump", quote.SpeakerName);
    }
}
