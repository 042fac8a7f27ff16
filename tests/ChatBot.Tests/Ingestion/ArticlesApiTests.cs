using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatBot.TestSupport;

namespace ChatBot.Tests.Ingestion;

/// <summary><c>POST/GET /api/articles</c> on the real host (Kestrel on 127.0.0.1, index on disk,
/// a temporary articles folder), checked over HTTP and through the bot's answers.</summary>
public sealed class ArticlesApiTests : IAsyncLifetime
{
    private const string Key = "test-admin-key";

    private readonly TempFolder _articles = new();
    private BotHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = new BotHost(_articles.Path, new Dictionary<string, string?> { ["ChatBot:AdminApiKey"] = Key });
        _client = await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _articles.Dispose();
    }

    private const string DockStory = """
        {"title":"Dock workers end strike","outlet":"Coastal Wire","url":"https://coastalwire.example/dock","date":"2019-06-11",
         "text":"Dock workers returned to work on Tuesday.\n\n\"Our members held the line and they have been heard,\" union secretary Tomas Eriksen said."}
        """;

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Articles_WithoutTheRightKey_Are401(string? key)
    {
        var api = new ArticlesApi(_client, key);

        var post = await api.PostAsync(DockStory, "application/json");
        var get = await api.GetAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(0, ArticlesApi.Count(await new ArticlesApi(_client, Key).ListAsync()));
    }

    [Fact]
    public async Task Post_JsonArticle_IsSearchableWhenTheResponseArrives()
    {
        var api = new ArticlesApi(_client, Key);

        var response = await api.PostAsync(DockStory, "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("added", (string?)body["status"]);
        Assert.Equal("https://coastalwire.example/dock", (string?)body["article"]!["id"]);
        Assert.Equal(1, (int)body["article"]!["quotes"]!);
        var replies = await new ActivityClient(_client).AskAsync("what did Tomas Eriksen say?");
        var visible = ActivityClient.Visible(replies);
        Assert.Contains("Our members held the line", visible, StringComparison.Ordinal);
        Assert.Contains("Coastal Wire", visible, StringComparison.Ordinal);
        var help = ActivityClient.Visible(await new ActivityClient(_client).AskAsync("help"));
        Assert.Contains("1 article,", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameArticleAgainThenChanged_IsUnchangedThenUpdated()
    {
        var api = new ArticlesApi(_client, Key);
        await api.PostAsync(DockStory, "application/json");

        var again = await api.PostAsync(DockStory, "application/json");
        var changed = await api.PostAsync(DockStory.Replace("have been heard", "have won", StringComparison.Ordinal), "application/json");

        Assert.Equal("unchanged", (string?)(await again.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        Assert.Equal("updated", (string?)(await changed.Content.ReadFromJsonAsync<JsonObject>())!["status"]);
        Assert.Equal(1, ArticlesApi.Count(await api.ListAsync()));
        var visible = ActivityClient.Visible(await new ActivityClient(_client).AskAsync("what did Tomas Eriksen say?"));
        Assert.Contains("have won", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("have been heard", visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SavedNewsPage_IndexesOnlyTheStory()
    {
        var api = new ArticlesApi(_client, Key);
        var page = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour-bridge-story.html"));

        var response = await api.PostAsync(page, "text/html");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = ArticlesApi.Article(await api.ListAsync(), "https://ledger.example/news/2019/03/04/harbour-bridge-vote")!;
        Assert.Equal("Council backs harbour bridge after late-night vote", (string?)article["title"]);
        Assert.Equal("The Northport Ledger", (string?)article["outlet"]);
        Assert.Equal("2019-03-04", (string?)article["date"]);
        var visible = ActivityClient.Visible(await new ActivityClient(_client).AskAsync("what did Helen Okafor say?"));
        Assert.Contains("This bridge will carry our children to school", visible, StringComparison.Ordinal);
        var sidebar = ActivityClient.Visible(await new ActivityClient(_client).AskAsync("who said 'beating more than four hundred other entries'?"));
        Assert.DoesNotContain("bakery", sidebar, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{\"title\": \"Broken\" \"text\": ", "application/json", "not valid JSON")]
    [InlineData("{\"outlet\": \"X\", \"text\": \"Body.\"}", "application/json", "missing field 'title'")]
    [InlineData("{\"title\": \"No body\"}", "application/json", "missing field 'text'")]
    [InlineData("", "text/plain", "the file is empty")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav><p>Short.</p></body></html>", "text/html", "the page has no article")]
    public async Task Post_BadArticle_Is400WithTheReasonAndLosesNothing(string body, string contentType, string reason)
    {
        var api = new ArticlesApi(_client, Key);
        await api.PostAsync(DockStory, "application/json");

        var response = await api.PostAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"], StringComparison.Ordinal);
        Assert.Equal(1, ArticlesApi.Count(await api.ListAsync()));
    }

    [Fact]
    public async Task Post_BinaryOrNotUtf8OrUnknownTypeOrTooLarge_IsRefusedWithTheReason()
    {
        var api = new ArticlesApi(_client, Key);

        var binary = await api.PostBytesAsync([0x89, 0x50, 0x00, 0x01], "text/plain");
        var latin1 = await api.PostBytesAsync([.. "Caf"u8, 0xE9, .. "\n\nBody.\n"u8], "text/plain");
        var image = await api.PostBytesAsync([0x89, 0x50, 0x4E, 0x47], "image/png");
        var huge = await api.PostBytesAsync(new byte[6 * 1024 * 1024], "text/plain", expectContinue: true);

        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.Contains("binary", await binary.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, latin1.StatusCode);
        Assert.Contains("not UTF-8", await latin1.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, image.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
    [Fact]
    public async Task Post_SameStoryUnderAnotherUrl_IsRecognisedAndTheBotShowsOneQuoteWithBothOutlets()
    {
        var api = new ArticlesApi(_client, Key);
        await api.PostAsync(DockStory, "application/json");
        var syndicated = DockStory
            .Replace("Coastal Wire", "Harbour Times", StringComparison.Ordinal)
            .Replace("https://coastalwire.example/dock", "https://harbourtimes.example/port-strike", StringComparison.Ordinal)
            .Replace("Dock workers end strike", "Port strike over", StringComparison.Ordinal);

        var response = await api.PostAsync(syndicated, "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("https://coastalwire.example/dock", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["sameStoryAs"]);
        var text = string.Join("\n", (await new ActivityClient(_client).AskAsync("what did Tomas Eriksen say?")).Select(r => (string?)r["text"]));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Our members held the line"));
        Assert.Contains("Coastal Wire", text, StringComparison.Ordinal);
        Assert.Contains("Harbour Times", text, StringComparison.Ordinal);
    }
}
