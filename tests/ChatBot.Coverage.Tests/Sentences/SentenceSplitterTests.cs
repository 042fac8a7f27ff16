using ChatBot.Coverage.Articles;
using ChatBot.Coverage.Sentences;

namespace ChatBot.Coverage.Tests.Sentences;

public class SentenceSplitterTests
{
    private static List<string> Split(string body) =>
        new SentenceSplitter().Split(ArticleParser.Parse("t.txt", "Headline\n\n" + body)).Select(s => s.Text).ToList();

    [Fact]
    public void Split_UsAbbreviationBeforeCapitalisedNoun_KeepsOneSentence()
    {
        var sentences = Split("The U.S. President met him. Then they left.");
        Assert.Equal(["The U.S. President met him.", "Then they left."], sentences);
    }

    [Fact]
    public void Split_UsAtSentenceEndBeforeOpener_Breaks()
    {
        var sentences = Split("He lives in the U.S. The rest stayed home.");
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Split_TitlesMrAndSen_DoNotBreak()
    {
        var sentences = Split("Mr. Smith spoke with Sen. Warren on Monday. It went well.");
        Assert.Equal(["Mr. Smith spoke with Sen. Warren on Monday.", "It went well."], sentences);
    }

    [Fact]
    public void Split_MiddleInitial_DoesNotBreak()
    {
        var sentences = Split("John F. Kennedy was president. George W. Bush was too.");
        Assert.Equal(["John F. Kennedy was president.", "George W. Bush was too."], sentences);
    }

    [Fact]
    public void Split_QuoteOfSeveralSentences_JoinsUntilTheQuoteCloses()
    {
        var sentences = Split("“We lost. We will win next time. Believe me,” he said. Then he left.");
        Assert.Equal(["“We lost. We will win next time. Believe me,” he said.", "Then he left."], sentences);
    }

    [Fact]
    public void Split_NumbersSentencesAcrossParagraphs_ParagraphFromOne()
    {
        var article = ArticleParser.Parse("t.txt", "Headline\n\nOne. Two.\n\nThree.");
        var sentences = new SentenceSplitter().Split(article);
        Assert.Equal([1, 2, 3], sentences.Select(s => s.Number));
        Assert.Equal([1, 1, 2], sentences.Select(s => s.Paragraph));
    }
}
