using ChatBot.Ingestion.Formats;

namespace ChatBot.Ingestion.Tests.Formats;

public sealed class JsonLinesFormatTests
{
    [Fact]
    public void Read_GoodAndBadLines_ReadsTheGoodOnesAndNamesEachBadLine()
    {
        var text = string.Join("\n",
            """{"title":"First story","outlet":"Coastal Wire","url":"https://coastalwire.example/1","date":"2019-06-11","text":"Para one.\n\nPara two."}""",
            """{"title":"Second story","body":"Line one.\nLine two.\nLine three."}""",
            """{"title":"Broken" "text":""",
            """{"outlet":"No title","text":"Some text."}""",
            """{"title":"No text"}""",
            """{"title":"Bad date","date":"soon","text":"Some text."}""",
            "");

        var results = new JsonLinesFormat().Read(new ArticleInput("feed.jsonl", "feed.jsonl", text)).ToList();

        Assert.Equal(6, results.Count);
        Assert.Equal("https://coastalwire.example/1", results[0].Article!.Id);
        Assert.Equal("First story\n\nPara one.\n\nPara two.", results[0].Article!.Text);
        Assert.Equal("feed.jsonl#2", results[1].Article!.Id);
        Assert.Equal(3, results[1].Article!.Paragraphs.Count);
        Assert.Equal("feed.jsonl line 3", results[2].FileName);
        Assert.StartsWith("not valid JSON", results[2].Error, StringComparison.Ordinal);
        Assert.Equal(("feed.jsonl line 4", "missing field 'title'"), (results[3].FileName, results[3].Error));
        Assert.Equal(("feed.jsonl line 5", "missing field 'text' (or 'body')"), (results[4].FileName, results[4].Error));
        Assert.Contains("'soon' is not a date", results[5].Error, StringComparison.Ordinal);
    }
}
