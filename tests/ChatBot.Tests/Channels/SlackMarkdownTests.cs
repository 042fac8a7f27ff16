using ChatBot.Channels;

namespace ChatBot.Tests.Channels;

public sealed class SlackMarkdownTests
{
    [Theory]
    [InlineData("**Vladimir Putin**: “words”", "*Vladimir Putin*: “words”")]
    [InlineData("Source: *A Headline*, Outlet", "Source: _A Headline_, Outlet")]
    [InlineData("see [link](https://news.example/a?b=1&c=2)", "see <https://news.example/a?b=1&c=2|link>")]
    [InlineData("**bold** and *italic* and [the story](https://x.example/s)", "*bold* and _italic_ and <https://x.example/s|the story>")]
    [InlineData("Trump & Putin <at> 2 * 3 = 6", "Trump &amp; Putin &lt;at&gt; 2 * 3 = 6")]
    [InlineData("- what did *someone* say about *a topic*?", "- what did _someone_ say about _a topic_?")]
    public void FromMarkdown_BotFrameworkMarkdown_BecomesSlackMrkdwn(string markdown, string expected)
    {
        Assert.Equal(expected, SlackMarkdown.FromMarkdown(markdown));
    }

    [Fact]
    public void Link_UrlWithPipeAndTextWithAngleBrackets_StaysOneLink()
    {
        Assert.Equal("<https://x.example/a%7Cb|a &lt;b&gt; c>", SlackMarkdown.Link("https://x.example/a|b", "a <b> c"));
    }
}
