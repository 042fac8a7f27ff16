using ChatBot.Answering.Questions;

namespace ChatBot.Answering.Tests.Questions;

public class SettingPhrasesTests
{
    [Theory]
    [InlineData("“We talked about trade,” Trump said at a news conference in Helsinki, Finland, on Monday.", "Helsinki, Finland, on Monday")]
    [InlineData("Trump said following a summit in Helsinki, Finland.", "following a summit in Helsinki, Finland")]
    [InlineData("At a meeting Tuesday in Moscow with National Security Adviser John R. Bolton, Mr. Putin described the developments as", "At a meeting Tuesday in Moscow")]
    [InlineData("On the plane ride home from Finland, Mr. Trump asked advisers", "On the plane ride home from Finland")]
    public void Split_AttributionFrame_TakesOutWhereAndWhen(string frame, string setting)
    {
        var (remainder, settings) = SettingPhrases.Split(frame, frame: true);

        Assert.Contains(setting, settings);
        Assert.DoesNotContain(setting, remainder);
    }

    [Theory]
    [InlineData("In his remarks on NATO, Trump said", "NATO")]
    [InlineData("Speaking at a rally about the summit, Trump said", "summit")]
    [InlineData("Asked at the news conference whether Russia meddled, Putin said", "Russia meddled")]
    public void Split_AttributionFrame_KeepsWhatTheStatementWasAbout(string frame, string subject)
    {
        var (remainder, settings) = SettingPhrases.Split(frame, frame: true);

        Assert.Contains(subject, remainder);
        Assert.DoesNotContain(subject, settings);
    }

    [Fact]
    public void Split_AttributionFrame_KeepsTheSpeakerAndTheQuotedWords()
    {
        var (remainder, _) = SettingPhrases.Split("At the summit in Helsinki, Putin described it as “a meeting about Finland”.", frame: true);

        Assert.Contains("Putin described it as", remainder);
        Assert.Contains("a meeting about Finland", remainder);
    }

    [Theory]
    [InlineData("Russia interfered in Ukraine and in the election")]
    [InlineData("he had confidence in the intelligence agencies")]
    [InlineData("the United States was pulling out of the treaty")]
    public void Split_ReportedWords_KeepsWhatWasSaid(string reported)
    {
        var (remainder, settings) = SettingPhrases.Split(reported, frame: false);

        Assert.Equal(reported, remainder);
        Assert.Equal("", settings);
    }

    [Fact]
    public void Split_ReportedWordsWithAnOccasion_TakesOutTheOccasion()
    {
        var (remainder, settings) = SettingPhrases.Split(
            "the European Union a foe in an interview which aired Sunday, just one day before his controversial — and still unexplained — meeting with Putin in Finland", frame: false);

        Assert.Contains("in an interview", settings);
        Assert.Contains("Finland", settings);
        Assert.Contains("the European Union a foe", remainder);
        Assert.DoesNotContain("Finland", remainder);
    }
}
