using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatBot.Tests.Hosting;

/// <summary>The real host over HTTP: both delivery modes, the Emulator's shapes, bad requests.</summary>
public sealed class MessagesEndpointTests : IClassFixture<SeedHostFixture>
{
    private readonly SeedHostFixture _host;

    public MessagesEndpointTests(SeedHostFixture host) => _host = host;

    [Fact]
    public async Task ExpectReplies_QuestionAboutSeed_RepliesWithQuoteSpeakerAndSource()
    {
        var client = new ActivityClient(_host.Client);

        var replies = await client.AskAsync("what did Putin say about collusion?");

        var reply = Assert.Single(replies);
        var text = (string)reply["text"]!;
        Assert.Contains("Vladimir Putin", text);
        Assert.Contains("Could you name a single fact that would definitively prove the collusion?", text);
        Assert.Contains("Trump Refuses To Condemn Putin", text);
        Assert.Contains("paragraph 7", text);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Equal(client.ConversationId, (string?)reply["conversation"]?["id"]);
    }

    [Fact]
    public async Task NormalDelivery_Question_PostsReplyToTheChannelsConnector()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var client = new ActivityClient(_host.Client) { ServiceUrl = connector.ServiceUrl.ToString() };
        var message = client.Message("Who said \"I hold both countries responsible\"?", expectReplies: false);

        var response = await client.PostAsync(message);

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var (path, reply) = connector.Next(TimeSpan.FromSeconds(30));
        // ASP.NET Core hands the path over decoded: the "|" was sent as %7C.
        Assert.Equal($"/v3/conversations/{client.ConversationId}/activities/{(string)message["id"]!}", path);
        Assert.Contains("Donald Trump", (string)reply["text"]!);
        Assert.Contains("I hold both countries responsible", (string)reply["text"]!);
    }

    [Fact]
    public async Task ConversationUpdate_UserJoins_WelcomesWithExamplesAndPeopleQuoted()
    {
        var client = new ActivityClient(_host.Client);
        var update = client.Message("");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" });

        var response = await client.PostAsync(update);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var text = (string)body["activities"]![0]!["text"]!;
        Assert.Contains("what did", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Vladimir Putin", text);
        Assert.Contains("Donald Trump", text);
    }

    [Fact]
    public async Task Help_Asked_ListsExampleQuestionsAndCountsTheCoverage()
    {
        var replies = await new ActivityClient(_host.Client).AskAsync("help");

        var text = (string)Assert.Single(replies)["text"]!;
        Assert.Contains("1 article", text);
        Assert.Contains("who said", text);
        Assert.Contains("Donald Trump", text);
    }

    [Fact]
    public async Task Question_NobodyQuotedByThatName_SaysSoWithoutOfferingAQuote()
    {
        var replies = await new ActivityClient(_host.Client).AskAsync("What did Angela Merkel say about Syria?");

        var text = (string)Assert.Single(replies)["text"]!;
        Assert.Contains("could not find", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("“", text);
    }

    [Fact]
    public async Task MalformedJson_IsRefusedWith400_AndTheHostKeepsServing()
    {
        var response = await _host.Client.PostAsync("api/messages", new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var replies = await new ActivityClient(_host.Client).AskAsync("what did Putin say about collusion?");
        Assert.Contains("Putin", (string)replies[0]["text"]!);
    }

    [Fact]
    public async Task OversizeBody_IsRefusedWith413()
    {
        var client = new ActivityClient(_host.Client);
        var huge = client.Message(new string('a', 1024 * 1024));

        var response = await client.PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcceptedWithoutError()
    {
        var client = new ActivityClient(_host.Client);
        var activity = client.Message("");
        activity["type"] = "somethingNew";

        var response = await client.PostAsync(activity);

        Assert.True((int)response.StatusCode < 300, $"status {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Health_LivenessAndReadiness_AreReportedSeparately()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync("healthz")).StatusCode);
        var ready = JsonNode.Parse(await _host.Client.GetStringAsync("healthz/ready"))!;
        Assert.Equal("ready", (string?)ready["status"]);
    }
}
