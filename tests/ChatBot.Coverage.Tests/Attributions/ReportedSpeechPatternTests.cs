using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Attributions;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>Reported speech beyond "X said that": stance nouns, light verbs, passives with an
/// agent, messages that speak for their sender, roles that stand for a person named earlier.</summary>
public class ReportedSpeechPatternTests
{
    private static AnalyzedArticle Analyze(string text) =>
        new CoverageAnalyzer().Analyze(ArticleParser.Parse("t.txt", text));

    [Fact]
    public void Analyze_ThePresidentSaid_ResolvesToThePersonTitledPresidentEarlier()
    {
        var analyzed = Analyze("Headline\n\nPresident Barack Obama spoke in Ohio on Monday. The crowd cheered. The president said that the economy was strong.");
        var a = analyzed.Attributions.Single(x => x.Quote == "the economy was strong");
        Assert.Equal("Barack Obama", a.SpeakerName);
    }

    [Fact]
    public void Analyze_ThePresidentSaid_NotResolvedToATitleInsideAQuote()
    {
        var analyzed = Analyze("Headline\n\n“President Jane Roe will fix this,” said Tom Smith. The president said that taxes would fall.");
        var a = analyzed.Attributions.Single(x => x.Quote == "taxes would fall");
        Assert.Null(a.SpeakerName);
    }

    [Fact]
    public void Analyze_NounPhraseThenCommaAnd_CoordinatedPhraseStaysInTheContent()
    {
        var analyzed = Analyze("Headline\n\nJane Doe began by emphasizing economic fairness, and a need to raise the minimum wage.");
        Assert.Equal("economic fairness, and a need to raise the minimum wage", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_ClauseThenCommaAnd_NewClauseEndsTheContent()
    {
        var analyzed = Analyze("Headline\n\nJane Doe said the economy was strong, and the crowd cheered.");
        Assert.Equal("the economy was strong", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_CoordinatedClauseThenInvertedTag_SourceIsAfterTheCue()
    {
        var analyzed = Analyze("Headline\n\nThe answers did not go over well with Republicans, and the meeting deteriorated from there, said one GOP source in the room.");
        var a = analyzed.Attributions.Single(x => x.Cue is { } cue && cue.Of(analyzed.Article.Text) == "said");
        Assert.StartsWith("The answers did not go over well", a.Quote, StringComparison.Ordinal);
        Assert.Equal("one GOP source in the room", a.Source!.Value.Of(analyzed.Article.Text));
    }

    [Fact]
    public void Analyze_CueAndColonClosingAParagraph_NextUnquotedParagraphIsTheContent()
    {
        var analyzed = Analyze("Headline\n\nChris Christie was on the radio.\n\nThe governor added:\n\nIt is typical of her. She knows nothing about what happened.\n\nThe interview ended there.");
        var a = analyzed.Attributions.Single(x => x.Cue is { } cue && cue.Of(analyzed.Article.Text) == "added");
        Assert.Equal("It is typical of her. She knows nothing about what happened", a.Quote);
        Assert.Single(analyzed.Attributions);
    }

    [Fact]
    public void Analyze_ContentEndingInColonAtParagraphEnd_RunsOnOverTheNextParagraph()
    {
        var analyzed = Analyze("Headline\n\nMSNBC suggested that Clinton has the following tasks tonight:\n\nSell her presidency and be the Clinton who shines\n\nThe debate starts at nine.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Clinton has the following tasks tonight: Sell her presidency and be the Clinton who shines", a.Quote);
    }

    [Fact]
    public void Analyze_CueInAWhatClause_ContentEndsWithThatClause()
    {
        var analyzed = Analyze("Headline\n\nThe gap between what Donald Trump says his tax plan would do and how experts say it would work has endured throughout the campaign.");
        var says = analyzed.Attributions.Single(x => x.SpeakerName == "Donald Trump");
        Assert.Equal("his tax plan would do", says.Quote);
    }

    [Fact]
    public void Analyze_StatementCalling_SpeaksForWhoIssuedIt()
    {
        var analyzed = Analyze("Headline\n\nFollowing a meeting, the Security Council issued a statement calling the test a clear violation of its resolutions.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("the test a clear violation of its resolutions", a.Quote);
        Assert.Equal("Security Council", a.SpeakerName);
    }

    [Fact]
    public void Analyze_PassiveWithAgent_AgentIsTheSourceOfTheSubject()
    {
        var analyzed = Analyze("Headline\n\nThe registration issue was first reported by The Washington Post.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("The registration issue", a.Quote);
        Assert.Equal("Washington Post", a.SpeakerName);
    }

    [Fact]
    public void Analyze_PossessiveStanceNoun_HolderIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nMike Pence spoke on Monday. His claim that the economy is booming drew criticism.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("that the economy is booming", a.Quote, StringComparison.Ordinal);
        Assert.Equal("Mike Pence", a.SpeakerName);
    }

    [Fact]
    public void Analyze_LightVerbWithStanceNoun_SubjectIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nDonald Trump took aim at the media after the debate.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("the media", a.Quote, StringComparison.Ordinal);
        Assert.Equal("Donald Trump", a.SpeakerName);
    }

    [Fact]
    public void Analyze_LaughedAndSaid_QuoteTakesTheSubjectOfTheFirstVerb()
    {
        var analyzed = Analyze("Headline\n\nJane Doe laughed and said, “I don't believe in it.”");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Jane Doe", a.SpeakerName);
    }

    [Theory]
    [InlineData("Attorneys for the family said Scott was unarmed.", "Attorneys for the family", "Scott was unarmed")]
    [InlineData("People familiar with the talks said the deal was close.", "People familiar with the talks", "the deal was close")]
    [InlineData("Those close to him say that he would run again.", "Those close to him", "he would run again")]
    public void Analyze_SourceWithPrepositionalPhrase_WholePhraseIsTheSource(string sentence, string source, string content)
    {
        var text = "Headline\n\n" + sentence;
        var analyzed = Analyze(text);
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal(content, a.Quote);
        Assert.Equal(source, a.Source!.Value.Of(text));
    }

    [Fact]
    public void Analyze_QuoteAfterItsOwnTagInsideReportedSpeech_ContinuesThatTag()
    {
        var text = "Headline\n\nJane Doe said she felt the amendment mattered because “most people don’t know about it,” she said. “We have no context.”";
        var analyzed = Analyze(text);
        var quote = analyzed.Attributions.Single(x => x.Quote == "We have no context.");
        Assert.Equal("she", quote.Source!.Value.Of(text));
        Assert.Equal("Jane Doe", quote.SpeakerName);
    }

    [Theory]
    [InlineData("Several judges handling the lawsuits have cited the upcoming election as a reason.", "Several judges handling the lawsuits", "the upcoming election as a reason")]
    [InlineData("Companies and individuals complain bitterly that taxes are too high.", "Companies and individuals", "taxes are too high")]
    [InlineData("The money went to Future45, a super PAC that intends to hammer Hillary Clinton with negative ads.", "that", "to hammer Hillary Clinton with negative ads")]
    [InlineData("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.", "Clinton", "it means Trump never paid")]
    public void Analyze_SourceBeyondANameOrNoun_IsFound(string sentence, string source, string content)
    {
        var text = "Headline\n\n" + sentence;
        var analyzed = Analyze(text);
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal(content, a.Quote);
        Assert.Equal(source, a.Source!.Value.Of(text));
    }

    [Theory]
    [InlineData("Trump attacked Machado in a series of tweets.", "Machado")]
    [InlineData("A chorus of prominent Republicans has said the same thing, including the former candidate Mitt Romney.", "the same thing")]
    [InlineData("Clinton unveiled a list of endorsements from 95 retired generals -- most of whom had announced their support -- on Wednesday.", "a list of endorsements from 95 retired generals")]
    [InlineData("Jane Doe attacked Donald Trump at a rally in Ohio.", "Donald Trump")]
    [InlineData("Donald Trump cited the figure at last week's forum viewed by 14.7 million people.", "the figure")]
    [InlineData("Fowler is calling for a process to find a successor, not that he is calling for a successor to be named now.", "for a process to find a successor")]
    [InlineData("Clinton described the incident as a “terrible situation,” but stopped short of calling it a crime.", "the incident as a “terrible situation,”")]
    [InlineData("Jane Doe refuses to discuss potential appointees, aside from saying she wants a diverse delegation.", "to discuss potential appointees")]
    [InlineData("Ted Cruz is endorsing Donald Trump's campaign, the latest chapter in a rocky relationship between the two men.", "Donald Trump's campaign")]
    [InlineData("Not everyone finds that pitch or his remarks compelling, especially given that the voters have been so loyal.", "that pitch or his remarks compelling")]
    [InlineData("The euro crisis highlighted sharp differences over growth and the migration crisis ushered a stream of refugees into Europe.", "sharp differences over growth")]
    [InlineData("Robby Mook said as much in an interview earlier Thursday morning.", "as much")]
    [InlineData("He added a note of caution, should Clinton attempt a quick return to the campaign trail.", "a note of caution")]
    [InlineData("She declined that assignment and has since left the network.", "that assignment")]
    [InlineData("Trump attacked Machado in early-morning tweets.", "Machado")]
    [InlineData("A union representing flight attendants endorsed Hillary Clinton for president on Thursday.", "Hillary Clinton for president")]
    [InlineData("The administration has promised a veto and attempted to make its case to members.", "a veto")]
    [InlineData("The poll indicates a tightening race as Trump consolidates the support of his party.", "a tightening race")]
    [InlineData("While he has said his piece, he is ready to move on.", "his piece")]
    [InlineData("As Clinton talked about bringing communities together, Trump stressed law and order.", "about bringing communities together")]
    public void Analyze_NounPhraseContent_EndsBeforeWhatIsNotSaid(string sentence, string content)
    {
        var analyzed = Analyze("Headline\n\n" + sentence);
        Assert.Contains(analyzed.Attributions, a => a.Quote == content);
    }

    [Fact]
    public void Analyze_RelativeThatAfterCoordinatedVerbs_IsNotTheComplementizer()
    {
        var analyzed = Analyze("Headline\n\nThe new company agreed to clean up the shuttered mines and reclaim the land that had been ravaged.");
        Assert.Equal("to clean up the shuttered mines and reclaim the land that had been ravaged", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_CommaAndNewSubjectWithCue_EndsTheFirstContent()
    {
        var analyzed = Analyze("Headline\n\nMr. Obama emphasized Burma's reforms were not complete, and human rights groups warned that the administration was giving up leverage.");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "Burma's reforms were not complete");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "the administration was giving up leverage");
    }

    [Fact]
    public void Analyze_CommaInsideClosingQuoteThenWhile_EndsTheContentAsACommaWould()
    {
        var analyzed = Analyze("Headline\n\nMost voters agreed that Clinton is in \"good enough health to serve,\" while 73 percent said the same of Trump.");
        Assert.DoesNotContain(analyzed.Attributions, a => a.Quote.Contains("73 percent", StringComparison.Ordinal));
        Assert.Contains(analyzed.Attributions, a => a.Quote == "the same of Trump");
    }

    [Fact]
    public void Analyze_WithSourceAndParticiple_IsAnAttributionOfItsOwn()
    {
        var analyzed = Analyze("Headline\n\nMost national polls show Clinton with a narrow lead, with Gallup showing her ahead by 3 points.");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "Clinton with a narrow lead");
        var showing = analyzed.Attributions.Single(a => a.Quote == "her ahead by 3 points");
        Assert.Equal("Gallup", showing.Source!.Value.Of(analyzed.Article.Text));
    }

    [Fact]
    public void Analyze_TagBeforeAGerundSubject_ContentRunsOnPastTheTag()
    {
        var analyzed = Analyze("Headline\n\nThough that transition was seamless, he said, replacing Clinton would be much more acrimonious.");
        Assert.Equal("Though that transition was seamless, he said, replacing Clinton would be much more acrimonious", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_AdverbBetweenCommaAndParticiple_SubjectIsStillTheSource()
    {
        var analyzed = Analyze("Headline\n\nDonald Trump complained about his microphone, even suggesting he may have been sabotaged.");
        var a = analyzed.Attributions.Single(x => x.Quote == "he may have been sabotaged");
        Assert.Equal("Donald Trump", a.SpeakerName);
    }

    [Fact]
    public void Analyze_ComparisonSetOffByCommasBeforeThat_ContentIsTheThatClause()
    {
        var analyzed = Analyze("Headline\n\nSeveral experts cautioned, as did the campaign itself, that the proposals might well evolve.");
        Assert.Equal("the proposals might well evolve", Assert.Single(analyzed.Attributions).Quote);
    }

    [Theory]
    [InlineData("Trump responded by using the example of Chicago.", "by using the example of Chicago")]
    [InlineData("Trump has responded with attacks on Machado.", "with attacks on Machado")]
    [InlineData("Dan McLaughlin agreed with Matthews about the winner.", "with Matthews about the winner")]
    public void Analyze_RespondedOrAgreedWith_WhatFollowsIsTheContent(string sentence, string content)
    {
        var analyzed = Analyze("Headline\n\n" + sentence);
        Assert.Equal(content, Assert.Single(analyzed.Attributions).Quote);
    }

    [Theory]
    [InlineData("Donald Trump avoids condemning Russia's invasion of Ukraine.", "Russia's invasion of Ukraine")]
    [InlineData("But Jane Doe is steering clear of criticizing Trump for his deductions.", "Trump for his deductions")]
    [InlineData("Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.", "her husband was unarmed")]
    public void Analyze_ParticipleCueAfterOfFromOrAvoid_SubjectIsTheSource(string sentence, string content)
    {
        var analyzed = Analyze("Headline\n\n" + sentence);
        var a = analyzed.Attributions.Single(x => x.Quote == content);
        Assert.NotNull(a.SpeakerName);
    }

    [Fact]
    public void Analyze_RelativeClauseBeforeOfComplement_ContentRunsOnToTheComplement()
    {
        var analyzed = Analyze("Headline\n\nTrump accused Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald.");
        Assert.Equal("Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_SentenceAdverbBeforeTheSubject_IsNoPartOfTheSource()
    {
        var analyzed = Analyze("Headline\n\nPerhaps the debate moderators will demand more details.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("more details", a.Quote);
        Assert.Equal("the debate moderators", a.Source!.Value.Of(analyzed.Article.Text));
    }

    [Theory]
    [InlineData("He didn't suggest retaliation.", "retaliation")]
    [InlineData("Obama and other leaders vow consequences.", "consequences")]
    public void Analyze_LoneNounAfterACue_IsTheContent(string sentence, string content)
    {
        var analyzed = Analyze("Headline\n\n" + sentence);
        Assert.Equal(content, Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_LoneWordAfterAVerbOfSaying_IsNoContent()
    {
        Assert.Empty(Analyze("Headline\n\nThe reports said otherwise.").Attributions);
    }

    [Fact]
    public void Analyze_RelativeClauseWithItsOwnCue_IsAnotherAttribution()
    {
        var analyzed = Analyze("Headline\n\nTrump had to defend not paying an architect who said he was stiffed after he designed a clubhouse.");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "not paying an architect");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "he was stiffed after he designed a clubhouse");
    }

    [Fact]
    public void Analyze_ParticipleAfterACommaInsideTheClosingMark_TakesTheQuotesSpeaker()
    {
        var analyzed = Analyze("Headline\n\nIn a statement, Peabody said: \"Patriot Coal was highly successful,\" adding that its market value quadrupled in a year.");
        var adding = analyzed.Attributions.Single(a => a.Kind == AttributionKind.Reported);
        Assert.Equal("its market value quadrupled in a year", adding.Quote);
        Assert.Equal("Peabody", adding.SpeakerName);
    }

    [Fact]
    public void Analyze_NameSetOffByCommasBeforeANounLikeCue_ReadsItAsAVerb()
    {
        var analyzed = Analyze("Headline\n\nThe minister of the economy, Mr. Guajardo Villarreal, argues there is little point in responding now.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("there is little point in responding now", a.Quote);
        Assert.Equal("Guajardo Villarreal", a.SpeakerName);
    }

    [Fact]
    public void Analyze_LongSubjectWithASlashedName_IsTheSource()
    {
        var analyzed = Analyze("Headline\n\nThe latest Reuters/Ipsos opinion poll released Friday shows that Clinton leads Trump by 5 points.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("Clinton leads Trump by 5 points", a.Quote);
        Assert.StartsWith("The latest Reuters/Ipsos", a.Source!.Value.Of(analyzed.Article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_DatelineBeforeTheSubject_IsNoPartOfTheSource()
    {
        var analyzed = Analyze("Headline\n\nBRUSSELS - European leaders met Friday to discuss the challenges facing their continent.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.StartsWith("European leaders", a.Source!.Value.Of(analyzed.Article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ListenerWithAnAppositive_ContentStartsAfterIt()
    {
        var analyzed = Analyze("Headline\n\nThe Clinton campaign has asked NBC's Lester Holt, the moderator of the first debate, to fact check Donald Trump.");
        Assert.Equal("to fact check Donald Trump", Assert.Single(analyzed.Attributions).Quote);
    }

    [Fact]
    public void Analyze_CueAfterAbleTo_SubjectIsTheSource()
    {
        var analyzed = Analyze("Headline\n\nDonald Trump was able to consistently tout his polling strength.");
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal("his polling strength", a.Quote);
        Assert.Equal("Donald Trump", a.SpeakerName);
    }

    [Theory]
    [InlineData("In this poll, Trump rose 1 percentage point since the debate.", "Trump rose 1 percentage point since the debate")]
    [InlineData("In the previous national poll, conducted in early September, Clinton led Trump by 5 points.", "Clinton led Trump by 5 points")]
    public void Analyze_PollInAnOpeningPhrase_IsTheSourceOfTheClause(string sentence, string content)
    {
        var analyzed = Analyze("Headline\n\n" + sentence);
        var a = Assert.Single(analyzed.Attributions);
        Assert.Equal(content, a.Quote);
        Assert.Contains("poll", a.Source!.Value.Of(analyzed.Article.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OpeningInPhraseWithoutAPoll_IsNoSource()
    {
        Assert.Empty(Analyze("Headline\n\nIn the morning, Trump rose early and went to Ohio.").Attributions);
    }

    [Fact]
    public void Analyze_SecondCueAfterOr_IsItsOwnAttribution()
    {
        var analyzed = Analyze("Headline\n\nTrump refuses to release his tax records or explain how his wife became a citizen.");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "to release his tax records");
        Assert.Contains(analyzed.Attributions, a => a.Quote == "how his wife became a citizen");
    }
}
