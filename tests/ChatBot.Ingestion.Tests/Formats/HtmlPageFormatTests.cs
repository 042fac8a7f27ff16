using ChatBot.Coverage;
using ChatBot.Coverage.Articles;
using ChatBot.Ingestion.Formats;

namespace ChatBot.Ingestion.Tests.Formats;

public sealed class HtmlPageFormatTests
{
    private static ArticleReadResult ReadFixture(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        return Assert.Single(new HtmlPageFormat().Read(new ArticleInput(name, name, File.ReadAllText(path))));
    }

    [Fact]
    public void Read_NewsPageWithJsonLd_KeepsOnlyTheStoryInSeedLayout()
    {
        var article = ReadFixture("harbour-bridge-story.html").Article!;

        Assert.Equal(
            "Council backs harbour bridge after late-night vote\n\n" +
            "Northport's city council approved the long-delayed harbour bridge on Monday night, ending a debate that has split the waterfront neighbourhoods for more than a decade.\n\n" +
            "The measure passed seven votes to four after a meeting that ran past midnight, with dozens of residents waiting in the hall to speak.\n\n" +
            "\"This bridge will carry our children to school and our goods to market,\" Mayor Helen Okafor said after the vote.\n\n" +
            "Councillor Marcus Tey, who voted against the plan, said the city had not answered questions about the cost of maintaining the span over thirty years.\n\n" +
            "\"We are handing the next council a bill it cannot pay,\" Tey said.\n\n" +
            "Construction is expected to begin next summer and to take three years, according to the city's transport department.",
            article.Text);
    }

    [Fact]
    public void Read_NewsPageWithJsonLd_TakesMetadataFromJsonLdAndCanonicalLink()
    {
        var article = ReadFixture("harbour-bridge-story.html").Article!;

        Assert.Equal("https://ledger.example/news/2019/03/04/harbour-bridge-vote", article.Id);
        Assert.Equal("Council backs harbour bridge after late-night vote", article.Headline);
        Assert.Equal(new ArticleSource("The Northport Ledger", "https://ledger.example/news/2019/03/04/harbour-bridge-vote", new DateOnly(2019, 3, 4), "Dana Whitcombe"), article.Source);
    }

    [Fact]
    public void Read_NewsPage_DropsEveryPieceOfBoilerplate()
    {
        var text = ReadFixture("harbour-bridge-story.html").Article!.Text;

        foreach (var boilerplate in new[] { "Advertisement", "Subscribe", "Related", "Ferry fares", "Most read", "Storm warning", "cookies",
            "Share on", "morning briefing", "Comments", "All rights reserved", "artist's drawing", "City Hall reporter", "Weather", "Opinion", "About us" })
            Assert.DoesNotContain(boilerplate, text, StringComparison.OrdinalIgnoreCase);
        // The pull quote repeats the story's words; the story says them once.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "carry our children"));
    }

    [Fact]
    public void Read_NewsPage_OffsetsAndQuotesHoldAgainstTheExtractedText()
    {
        var article = ReadFixture("harbour-bridge-story.html").Article!;
        var analyzed = new CoverageAnalyzer().Analyze(article);

        Assert.Equal(6, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(p.Span.Of(article.Text).Trim(), p.Span.Of(article.Text)));
        var mayor = Assert.Single(analyzed.Attributions, a => a.Quote.Contains("carry our children", StringComparison.Ordinal));
        Assert.Equal("Helen Okafor", mayor.Speaker?.CanonicalName);
        Assert.Contains("carry our children", article.TextOf(mayor.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PageWithoutArticleElement_FindsTheDensestTextAndOpenGraphMetadata()
    {
        var article = ReadFixture("wire-story-plain-divs.html").Article!;

        Assert.Equal("https://coastalwire.example/2019/06/11/dock-strike-ends", article.Id);
        Assert.Equal("Dock workers end strike after pay deal", article.Headline);
        Assert.Equal(new ArticleSource("Coastal Wire", "https://coastalwire.example/2019/06/11/dock-strike-ends", new DateOnly(2019, 6, 11), "Priya Ramanathan"), article.Source);
        Assert.Equal(4, article.Paragraphs.Count);
        Assert.StartsWith("Dock workers at the port of Saltmarsh", article.TextOf(article.Paragraphs[0].Span), StringComparison.Ordinal);
        Assert.DoesNotContain("Fishing quotas", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Premium", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SectionFrontWithNoStory_IsRejectedWithTheReason()
    {
        var result = ReadFixture("section-front.html");

        Assert.Null(result.Article);
        Assert.Equal("section-front.html", result.FileName);
        Assert.Contains("no article", result.Error, StringComparison.Ordinal);
    }
    [Fact]
    public void Read_StoryInsideAWrapperNamedLikeBoilerplate_KeepsTheStoryAndDropsTheSidebar()
    {
        var article = ReadFixture("story-inside-sidebar-layout.html").Article!;

        Assert.Equal("https://valleycourier.example/library-reopens", article.Id);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Contains("head librarian Rosa Lind said", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most popular", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.Ordinal);
    }
}
