using ChatBot.Coverage;
using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Tests.Attributions;

/// <summary>"The president said" takes the name of the person the article titled so, unless
/// the article gives that title to two people.</summary>
public sealed class DefiniteRoleTests
{
    [Fact]
    public void Analyze_OnePresidentNamed_ThePresidentIsThatPerson()
    {
        var speakers = SpeakersOf("""
            Talks in Vienna

            President Barack Obama arrived in Vienna on Monday.

            The president said the talks would take several days of hard work.
            """);

        Assert.Contains("Barack Obama", speakers);
    }

    [Fact]
    public void Analyze_TwoPresidentsNamed_ThePresidentIsLeftUnnamed()
    {
        var speakers = SpeakersOf("""
            Summit in Helsinki

            President Donald Trump met Russian President Vladimir Putin in Helsinki on Monday.

            The president said the talks would take several days of hard work.
            """);

        Assert.DoesNotContain("Vladimir Putin", speakers);
        Assert.DoesNotContain("Donald Trump", speakers);
    }

    private static List<string?> SpeakersOf(string text)
    {
        var analyzed = new CoverageAnalyzer().Analyze(ArticleParser.Parse("story", text));
        return analyzed.Attributions.Where(a => a.Content.Start > text.IndexOf("The president", StringComparison.Ordinal))
            .Select(a => a.SpeakerName).ToList();
    }
}
