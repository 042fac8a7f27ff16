using ChatBot.Coverage.Articles;
using ChatBot.Ingestion.Formats;

namespace ChatBot.Ingestion.Tests.Formats;

public sealed class FrontMatterFormatTests
{
    private static ArticleReadResult Read(string text, ArticleMetadata? metadata = null) =>
        Assert.Single(new FrontMatterFormat().Read(new ArticleInput("story.md", "story.md", text, metadata)));

    [Fact]
    public void Read_FrontMatterAndMarkdown_GivesSeedLayoutWithTheFields()
    {
        var article = Read("""
            ---
            title: "Ferry fares to rise in spring"
            outlet: The Northport Ledger
            url: https://ledger.example/news/ferry-fares
            date: 2019-02-20
            author: Sam Ito
            ---
            # Ferry fares to rise in spring

            Ferry fares will rise by **ten percent** in April, the [port authority](https://port.example) said.

            > "Fuel costs have doubled," said *Anna Berg*, the authority's director.
            """).Article!;

        Assert.Equal("https://ledger.example/news/ferry-fares", article.Id);
        Assert.Equal("Ferry fares to rise in spring\n\nFerry fares will rise by ten percent in April, the port authority said.\n\n\"Fuel costs have doubled,\" said Anna Berg, the authority's director.", article.Text);
        Assert.Equal(new ArticleSource("The Northport Ledger", "https://ledger.example/news/ferry-fares", new DateOnly(2019, 2, 20), "Sam Ito"), article.Source);
    }

    [Fact]
    public void Read_NoTitleNoUrl_FirstBlockIsTheHeadlineAndThePathIsTheIdentity()
    {
        var article = Read("---\noutlet: Coastal Wire\n---\nStorm warning for the coast\n\nWinds will reach a hundred kilometres an hour.\n").Article!;

        Assert.Equal("story.md", article.Id);
        Assert.Equal("Storm warning for the coast", article.Headline);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Read_MetadataJsonEntry_OverridesTheFrontMatter()
    {
        var article = Read("---\noutlet: Wrong Outlet\n---\nHeadline\n\nBody text here.\n", new ArticleMetadata(null, "Right Outlet", null, "2020-01-02")).Article!;

        Assert.Equal("Right Outlet", article.Source.Outlet);
        Assert.Equal(new DateOnly(2020, 1, 2), article.Source.Date);
    }

    [Theory]
    [InlineData("---\ntitle: A\ndate: next tuesday\n---\nBody.\n", "the date 'next tuesday' is not a date")]
    [InlineData("---\ntitle: A\n\nBody without a closing line.\n", "no closing '---'")]
    [InlineData("---\ntitle: Only a title\n---\n\n", "no paragraphs")]
    public void Read_BadFrontMatter_IsRejectedWithTheReason(string text, string reason)
    {
        var result = Read(text);

        Assert.Null(result.Article);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_WithFrontMatter_IsReadAsFrontMatter()
    {
        var result = Assert.Single(new PlainTextFormat().Read(new ArticleInput("a.txt", "a.txt", "---\ntitle: Headline\nurl: https://x.example/a\n---\nBody text.\n")));

        Assert.Equal("https://x.example/a", result.Article!.Id);
        Assert.Equal("Headline\n\nBody text.", result.Article.Text);
    }
}
