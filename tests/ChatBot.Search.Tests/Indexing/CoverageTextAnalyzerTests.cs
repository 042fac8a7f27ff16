using ChatBot.Search.Indexing;
using ChatBot.Search.Retrieval;
using Lucene.Net.Analysis.En;

namespace ChatBot.Search.Tests.Indexing;

/// <summary>The text analysis shared by indexing and questions: English analysis, plus the
/// initials of names so acronyms meet names spelled out.</summary>
public sealed class CoverageTextAnalyzerTests
{
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = CoverageTextAnalyzer.Create();

    [Theory]
    [InlineData("He announced that the U.S. was pulling out of the Intermediate-Range Nuclear Forces Treaty.", "inf")]
    [InlineData("Members of the North Atlantic Treaty Organization met in Brussels.", "nato")]
    [InlineData("The Federal Bureau of Investigation declined to comment.", "fbi")]
    [InlineData("A spokesman for the Department of Justice said so.", "doj")]
    [InlineData("They left the Trans-Pacific Partnership in 2017.", "tpp")]
    public void Analyze_NameSpelledOut_AlsoGivesItsInitials(string text, string initials)
    {
        var terms = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, text);

        Assert.Contains(initials, terms);
    }

    [Theory]
    [InlineData("Vladimir Putin met Mike Pompeo.")]
    [InlineData("Russia’s Intermediate Range, Nuclear. Forces\nTreaty")]
    public void Analyze_TwoWordNamesOrBrokenRuns_GiveNoInitials(string text)
    {
        var english = AnalyzedTerms.Of(new EnglishAnalyzer(SearchVersion.Lucene), SentenceFields.Text, text);

        var terms = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, text);

        Assert.Equal(english, terms);
    }

    [Fact]
    public void Analyze_AnyText_KeepsEveryEnglishTermInOrder()
    {
        const string text = "Russian President Vladimir Putin said on Monday at a news conference in Helsinki, Finland, "
            + "that the “Intermediate-Range Nuclear Forces Treaty” isn't dead. The U.S. Department of State's man, "
            + "Mr. Pompeo, disagreed; NATO's allies and the EU did too. Trump-Putin talks ran long.";
        var english = AnalyzedTerms.Of(new EnglishAnalyzer(SearchVersion.Lucene), SentenceFields.Text, text);

        var terms = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, text);

        Assert.Equal(english, terms.Where(english.Contains).ToList());
        Assert.Contains("inf", terms);
        Assert.DoesNotContain("rpvp", english);
    }

    [Fact]
    public void Analyze_SameAnalyzerTwice_GivesTheSameTerms()
    {
        const string text = "The North Atlantic Treaty Organization and the Federal Bureau of Investigation";

        var first = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, text);
        var second = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, "short text");
        var third = AnalyzedTerms.Of(_analyzer, SentenceFields.Text, text);

        Assert.Equal(first, third);
        Assert.Equal(["short", "text"], second);
    }
}
