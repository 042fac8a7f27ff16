using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>Constructions that decide whether a cue word reports anything: speaking with or
/// without its topic, a plural noun before an auxiliary, a passive with no agent.</summary>
public class CueConstructionTests
{
    private static AnalyzedArticle Analyze(string text) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("t.txt", text));

    [Fact]
    public void Analyze_SpokeToReportersWithoutTopic_ReportsNothing()
    {
        var analyzed = Analyze("Headline\n\nJennifer Palmieri spoke to reporters Friday. Two women spoke for about five minutes.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_SpokeOfTopic_TopicIsTheContent()
    {
        var analyzed = Analyze("Headline\n\nChief Justice John Roberts spoke of the legacy of racism in the South.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Contains("the legacy of racism", a.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_PluralNounBeforeAuxiliary_IsNotACue()
    {
        var analyzed = Analyze("Headline\n\nHealth worries have dogged 68-year-old Hillary Clinton.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_PassiveWithoutAgent_SubjectAndComplementWithNoSource()
    {
        var analyzed = Analyze("Headline\n\nMr. Quiros was accused of using $50 million for personal expenses.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("Mr. Quiros", a.Quote, StringComparison.Ordinal);
        Assert.EndsWith("personal expenses", a.Quote, StringComparison.Ordinal);
        Assert.Null(a.Source);
        Assert.Null(a.SpeakerName);
    }

    [Fact]
    public void Analyze_AsMightBeExpected_IsAComparisonNotAReport()
    {
        var analyzed = Analyze("Headline\n\nThe offer, as might be expected from a veteran negotiator, was generous.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_StanceAdjectiveAfterCopula_SubjectHoldsTheStance()
    {
        var analyzed = Analyze("Headline\n\nSenator Lindsey Graham has been critical of the nominee since the primaries.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("the nominee", a.Quote, StringComparison.Ordinal);
        Assert.Equal("Lindsey Graham", a.SpeakerName);
    }

    [Fact]
    public void Analyze_AdjectiveWithoutCopula_IsNotAStance()
    {
        var analyzed = Analyze("Headline\n\nA critical of look at the plan appeared online.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_VerbOfOfficialDecision_AgentIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nThe Security Council has imposed sanctions on individual terrorists.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("sanctions on individual terrorists", a.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DecisionWordAsPluralNoun_IsNotACue()
    {
        var analyzed = Analyze("Headline\n\nProtesters carried signs through several blocks of downtown.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_StanceNounWithoutHolder_ContentWithNoSource()
    {
        var analyzed = Analyze("Headline\n\nThe bloc has faced growing concerns that it is too dependent on the United States.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("that it is too dependent on the United States", a.Quote);
        Assert.Null(a.Source);
    }

    [Fact]
    public void Analyze_StanceNounAfterAName_IsTheVerb()
    {
        var analyzed = Analyze("Headline\n\nThe poll was released on Monday. Bloomberg reports that the nominee has won the group.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("the nominee has won the group", a.Quote);
        Assert.NotNull(a.Source);
    }

    [Fact]
    public void Analyze_StanceNounBeforeRelativeClause_IsNotContent()
    {
        var analyzed = Analyze("Headline\n\nThe returns would settle the questions that have swirled around his finances.");
        Assert.Empty(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_ParticipleInAbsoluteWithClause_NounPhraseIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nThe panel met on Monday, with experts offering their assessments.");
        var a = Assert.Single(analyzed.Attributions, x => x.Quote == "their assessments");
        Assert.NotNull(a.Source);
    }

    [Fact]
    public void Analyze_OpeningPollPhrase_GivesTheClauseAfterItsComma()
    {
        var analyzed = Analyze("Headline\n\nIn this poll, Trump rose 1 percentage point since Monday.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Trump rose 1 percentage point since Monday", a.Quote);
    }

    [Fact]
    public void Analyze_ClosingPollPhrase_GivesTheClauseBeforeIt()
    {
        var analyzed = Analyze("Headline\n\nShe did not receive a bump in one of the first post-debate polls to emerge.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("She did not receive a bump", a.Quote);
    }

    [Fact]
    public void Analyze_OpeningPhraseWithoutEvidence_ReportsNothing()
    {
        var analyzed = Analyze("Headline\n\nIn the morning, Trump rose early and went to the rally.");
        Assert.Empty(analyzed.Attributions);
    }

    [Theory]
    [InlineData("Obama's approval rating has declined slightly from 58 percent.")]
    [InlineData("The foundation maintains a program to develop young leaders.")]
    [InlineData("They found a way through the Clean Air Act.")]
    [InlineData("She assumed a newly created role as state counselor.")]
    [InlineData("The council, which met in March, called an emergency meeting to discuss the test.")]
    [InlineData("She called in to a town hall about police relations.")]
    public void Analyze_CueWordInItsOtherSense_ReportsNothing(string sentence)
    {
        Assert.Empty(Analyze("Headline\n\n" + sentence).Attributions);
    }

    [Theory]
    [InlineData("The senator declined to comment on the report.")]
    [InlineData("The doctor maintains that the illness was hidden.")]
    [InlineData("The inspectors found that the records were incomplete.")]
    [InlineData("Many people in the room assumed that the buyer had backing.")]
    [InlineData("The illness was kept secret, the candidate's former doctor maintains.")]
    public void Analyze_CueWordInItsReportingSense_Reports(string sentence)
    {
        Assert.Single(Analyze("Headline\n\n" + sentence).Attributions);
    }

    [Fact]
    public void Analyze_RemarksAtAPlace_AtIsNotATarget()
    {
        Assert.Empty(Analyze("Headline\n\nTrump made the remarks at a veterans conference in Virginia.").Attributions);
    }

    [Fact]
    public void Analyze_InfinitiveCueAfterSubjectSharingVerb_MainSubjectIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nSenator Jane Roe has yet to explain why these loopholes should be retained.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Contains("these loopholes should be retained", a.Quote, StringComparison.Ordinal);
        Assert.Equal("Jane Roe", a.SpeakerName);
    }

    [Fact]
    public void Analyze_ShowUp_IsArrivingNotShowing()
    {
        Assert.Empty(Analyze("Headline\n\nThe witness failed to show up at the second hearing.").Attributions);
    }

    [Fact]
    public void Analyze_GerundCueAfterAvoid_SubjectIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nDonald Trump avoids condemning Russia's invasion of Ukraine.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Russia's invasion of Ukraine", a.Quote);
        Assert.Equal("Donald Trump", a.SpeakerName);
    }

    [Fact]
    public void Analyze_SupportAfterANamedSubject_IsTheVerb()
    {
        var analyzed = Analyze("Headline\n\nAbuses continue in Darfur as China and Russia support the government.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("the government", a.Quote);
    }

    [Fact]
    public void Analyze_SupportAsANoun_IsNotACue()
    {
        Assert.Empty(Analyze("Headline\n\nThe plan has broad support among young voters.").Attributions);
    }

    [Fact]
    public void Analyze_LetterWithLongAdjunctsBeforeParticiple_SpeaksForTheSender()
    {
        var analyzed = Analyze("Headline\n\nThe senators sent a letter on Thursday to Senate leaders opposing reauthorization of the program.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("reauthorization of the program", a.Quote);
    }

    [Fact]
    public void Analyze_WhichAfterAnUnknownName_IsAnUnnamedSource()
    {
        var analyzed = Analyze("Headline\n\nThey gave the emails to the AP, which first reported the story.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("the story", a.Quote);
    }

    [Fact]
    public void Analyze_LongSourceClosingTheSentence_ContentBeforeTheComma()
    {
        var analyzed = Analyze("Headline\n\nDonations hit $1.1 billion in August, a USA TODAY analysis of newly filed campaign-finance reports shows.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Donations hit $1.1 billion in August", a.Quote);
    }

    [Fact]
    public void Analyze_AdjectiveOfIntentWithTo_IsNotAStatement()
    {
        Assert.Empty(Analyze("Headline\n\nMr. Putin appears keen to do so, despite the warnings.").Attributions);
    }

    [Fact]
    public void Analyze_PassiveInOpeningSubordinateClause_EndsAtItsComma()
    {
        var analyzed = Analyze("Headline\n\nWhile a curfew was announced from midnight to 6 a.m., the police did not enforce it.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("a curfew was announced from midnight to 6 a.m.", a.Quote);
    }
}
