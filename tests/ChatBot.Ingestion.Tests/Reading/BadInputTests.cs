using ChatBot.Coverage;
using ChatBot.Ingestion.Ingesting;
using ChatBot.Ingestion.Reading;
using ChatBot.Search.Indexing;
using ChatBot.TestSupport;

namespace ChatBot.Ingestion.Tests.Reading;

/// <summary>Every kind of bad input in one batch beside good articles: each gets its own error
/// naming the file and the reason, and every good article is still indexed.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Ingest_BatchWithEveryKindOfBadInput_RejectsEachWithItsReasonAndIndexesTheRest()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("batch");
        temp.Write("batch/good.txt", "Good plain story\n\n\"It works,\" said Ada Park.\n");
        temp.Write("batch/good.md", "---\ntitle: Good markdown story\nurl: https://ok.example/md\n---\n\"It also works,\" said Ben Ode.\n");
        temp.Write("batch/feed.jsonl", "{\"title\":\"Good line\",\"url\":\"https://ok.example/line\",\"text\":\"A good line of news.\"}\n{\"title\":\"Broken\" \"text\":\n{\"text\":\"no title here\"}\n");
        temp.Write("batch/empty.txt", "");
        File.WriteAllBytes(temp.Combine("batch", "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(temp.Combine("batch", "latin1.txt"), [.. "Caf"u8, 0xE9, .. " story\n\nBody text.\n"u8]);
        using (var huge = File.Create(temp.Combine("batch", "huge.txt")))
            huge.SetLength(50L * 1024 * 1024);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "section-front.html"), temp.Combine("batch", "section-front.html"));
        temp.Write("batch/bad-date.md", "---\ntitle: Bad date\ndate: someday\n---\nBody.\n");

        using var index = CoverageIndex.Open(temp.Combine("index"));
        var candidates = new ArticleFileReader().ReadFolder(folder).ToList();
        var report = new ArticleIngester(index, new CoverageAnalyzer()).Synchronize(folder, candidates);

        var reasons = report.Rejected.ToDictionary(r => r.File, r => r.Reason);
        Assert.Equal("the file is empty", reasons["empty.txt"]);
        Assert.Equal("the file is binary, not text", reasons["binary.txt"]);
        Assert.StartsWith("the file is not UTF-8 text", reasons["latin1.txt"], StringComparison.Ordinal);
        Assert.Equal("the file is 50 MB, over the 5 MB limit for plain text", reasons["huge.txt"]);
        Assert.Equal("the page has no article: no story paragraphs were found", reasons["section-front.html"]);
        Assert.StartsWith("not valid JSON", reasons["feed.jsonl line 2"], StringComparison.Ordinal);
        Assert.Equal("missing field 'title'", reasons["feed.jsonl line 3"]);
        Assert.Equal("the date 'someday' is not a date (write it as YYYY-MM-DD)", reasons["bad-date.md"]);
        Assert.Equal(8, report.Rejected.Count);

        Assert.Equal(["good.txt", "https://ok.example/line", "https://ok.example/md"], index.ArticleIds().Order(StringComparer.Ordinal));
        Assert.Equal(3, report.Added.Count);
    }

    [Fact]
    public void Ingest_MalformedMetadataJson_IsReportedAndTheArticlesAreStillRead()
    {
        using var temp = new TempFolder();
        temp.Write("a/story.txt", "Headline\n\nBody text.\n");
        temp.Write("a/metadata.json", "{ \"story.txt\": { \"outlet\": ");

        var candidates = new ArticleFileReader().ReadFolder(temp.Combine("a")).ToList();

        var failed = Assert.Single(candidates, c => c.Article is null);
        Assert.Equal("metadata.json", failed.Name);
        Assert.Contains("the metadata cannot be used", failed.Error, StringComparison.Ordinal);
        Assert.Equal("story.txt", Assert.Single(candidates, c => c.Article is not null).Article!.Id);
    }

    [Fact]
    public void Read_MissingPathAndUnknownFormat_AreNamedErrors()
    {
        using var temp = new TempFolder();
        var pdf = temp.Write("report.pdf", "%PDF-1.4");

        var candidates = new ArticleFileReader().Read([temp.Combine("nope.txt"), pdf]).ToList();

        Assert.Equal("no such file or folder", candidates[0].Error);
        Assert.StartsWith("unknown format '.pdf'", candidates[1].Error, StringComparison.Ordinal);
    }
}
