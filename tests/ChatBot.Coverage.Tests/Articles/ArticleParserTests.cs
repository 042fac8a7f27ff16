using ChatBot.Coverage.Articles;

namespace ChatBot.Coverage.Tests.Articles;

public class ArticleParserTests
{
    [Fact]
    public void Parse_HeadlineThenBlankSeparatedParagraphs_NumbersParagraphsFromOne()
    {
        var article = ArticleParser.Parse("a.txt", "Headline here\n\n\nFirst para.\n\nSecond para\ncontinues.\n");

        Assert.Equal("Headline here", article.Headline);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(1, article.Paragraphs[0].Number);
        Assert.Equal("First para.", article.TextOf(article.Paragraphs[0].Span));
        Assert.Equal("Second para\ncontinues.", article.TextOf(article.Paragraphs[1].Span));
    }

    [Fact]
    public void Parse_WindowsLineEndings_KeepsOffsetsIntoOriginalText()
    {
        var text = "Title\r\n\r\nBody text.\r\n";
        var article = ArticleParser.Parse("b.txt", text);

        Assert.Equal("Title", article.Headline);
        Assert.Equal("Body text.", text[article.Paragraphs[0].Span.Start..article.Paragraphs[0].Span.End]);
    }

    [Fact]
    public void Parse_OnlyWhitespace_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InvalidArticleException>(() => ArticleParser.Parse("empty.txt", " \n\n "));
        Assert.Contains("empty.txt", error.Message);
    }

    [Fact]
    public void ReadFolder_BrokenFilesBesideGoodOnes_ReportsEachAndReadsTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("articles-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "good.txt"), "Headline\n\nA paragraph.");
            File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
            File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x89, 0x50, 0x00, 0x01]);
            File.WriteAllBytes(Path.Combine(folder, "latin1.txt"), [0x48, 0x0A, 0x0A, 0xE9, 0x74, 0xE9]);
            File.WriteAllText(Path.Combine(folder, "metadata.json"), "{\"good.txt\": {\"outlet\": \"The Paper\", \"date\": \"2018-07-16\", \"url\": \"https://example.org/a\"}}");

            var results = ArticleFolder.Read(folder).ToDictionary(r => r.FileName);

            Assert.Equal("The Paper", results["good.txt"].Article!.Source.Outlet);
            Assert.Equal(new DateOnly(2018, 7, 16), results["good.txt"].Article!.Source.Date);
            Assert.Contains("empty", results["empty.txt"].Error);
            Assert.Contains("binary", results["binary.txt"].Error);
            Assert.Contains("UTF-8", results["latin1.txt"].Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadFolder_SharedSeeds_ReadsTheSeedArticle()
    {
        var results = ArticleFolder.Read(ChatBot.TestSupport.SharedMaterial.Seeds).ToList();

        var article = Assert.Single(results).Article!;
        Assert.StartsWith("Trump Refuses To Condemn Putin", article.Headline);
        Assert.Equal(13, article.Paragraphs.Count);
    }
}
