using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Tests.Sentences;

public class QuotationScannerTests
{
    private static (Article Article, IReadOnlyList<Quotation> Quotes) Scan(string text)
    {
        var article = ArticleParser.Parse("t.txt", text);
        return (article, QuotationScanner.Scan(article));
    }

    [Fact]
    public void Scan_StraightAndCurlyMarks_FindsBoth()
    {
        var (article, quotes) = Scan("H\n\n\"Straight words,\" he said. “Curly words,” she said.");
        Assert.Equal(["Straight words,", "Curly words,"], quotes.Select(q => article.TextOf(q.Inner)));
    }

    [Fact]
    public void Scan_OpenQuoteAtParagraphEndReopenedNext_IsOneQuotation()
    {
        var (article, quotes) = Scan("H\n\n“First part of it.\n\n“Second part,” he said.");
        var quote = Assert.Single(quotes);
        Assert.True(quote.Closed);
        Assert.Equal(1, quote.Paragraph);
        Assert.EndsWith("Second part,", article.TextOf(quote.Inner));
    }

    [Fact]
    public void Scan_ClosingMarksUsedForBothEnds_StillFindsTheQuote()
    {
        var (article, quotes) = Scan("H\n\nHe called it a ” witch hunt ” again.");
        Assert.Equal("witch hunt", article.TextOf(Assert.Single(quotes).Inner));
    }

    [Fact]
    public void Scan_SingleQuotesInHeadline_AreQuotes()
    {
        var (article, quotes) = Scan("Trump: ‘We’re All To Blame’ For It\n\nBody.");
        Assert.Equal("We’re All To Blame", article.TextOf(Assert.Single(quotes).Inner));
    }
}
