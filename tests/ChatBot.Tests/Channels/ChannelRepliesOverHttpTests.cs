using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatBot.Tests.Channels;

/// <summary>
/// Each channel's shape of the same question, posted to the real host over HTTP: every channel
/// gets the quote, the speaker and the source, written the way that channel displays them.
/// </summary>
public sealed partial class ChannelRepliesOverHttpTests : IClassFixture<LinkedSeedHostFixture>
{
    private const string Question = "what did Putin say about collusion?";
    private const string Quote = "Could you name a single fact that would definitively prove the collusion?";

    private readonly LinkedSeedHostFixture _host;

    public ChannelRepliesOverHttpTests(LinkedSeedHostFixture host) => _host = host;

    [Fact]
    public async Task Emulator_Question_AnswersInMarkdownWithoutCitationMarkers()
    {
        var reply = Assert.Single(await SendAsync(ChannelActivities.Emulator(Guid.NewGuid() + "|livechat", Question)));

        var text = (string)reply["text"]!;
        Assert.Contains(Quote, text);
        Assert.Contains("**Vladimir Putin**", text);
        Assert.Contains($"[link]({LinkedSeedHostFixture.Url})", text);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        // The Emulator does not render citations: no stray "[1]".
        Assert.DoesNotMatch(CitationMarker(), text);
    }

    [Fact]
    public async Task Emulator_ConversationUpdateAddingUserAndBot_WelcomesOnce()
    {
        var update = ChannelActivities.Emulator(Guid.NewGuid() + "|livechat", "");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "user-emulator", ["name"] = "User" },
            new JsonObject { ["id"] = "bot-emulator", ["name"] = "Bot" });

        var replies = await SendAsync(update);

        var welcome = Assert.Single(replies);
        Assert.StartsWith("Hello!", (string)welcome["text"]!);
        Assert.NotEmpty(welcome["suggestedActions"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task TeamsGroupChat_MentionedQuestion_AnswersWithoutAtMarkupWithNativeCitations()
    {
        var activity = ChannelActivities.Teams("groupChat", "19:group-" + Guid.NewGuid().ToString("N") + "@thread.v2", Question);

        var reply = Assert.Single(await SendAsync(activity));

        var text = (string)reply["text"]!;
        Assert.Contains(Quote, text);
        Assert.Contains("Vladimir Putin", text);
        Assert.DoesNotContain("<at>", text);
        Assert.DoesNotContain(ChannelActivities.TeamsBotName, text);
        // Teams shows a citation where the text has "[n]" and the Message entity a Claim at n.
        var claims = Citations(reply);
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            Assert.Equal("Claim", (string?)claim["@type"]);
            Assert.Contains($"[{(int)claim["position"]!}]", text);
            Assert.Equal(LinkedSeedHostFixture.Url, (string?)claim["appearance"]!["url"]);
            Assert.True(((string)claim["appearance"]!["name"]!).Length <= 80);
            Assert.True(((string)claim["appearance"]!["abstract"]!).Length <= 160);
        }
        // Follow-up buttons would send text without the @mention, which Teams does not deliver.
        Assert.Null(reply["suggestedActions"]);
    }

    [Fact]
    public async Task TeamsPersonalChat_Question_AnswersWithCitationsAndFollowUpButtons()
    {
        var activity = ChannelActivities.Teams("personal", "a:personal-" + Guid.NewGuid().ToString("N"), Question);

        var reply = Assert.Single(await SendAsync(activity));

        Assert.Contains(Quote, (string)reply["text"]!);
        Assert.Contains("[1]", (string)reply["text"]!);
        Assert.NotEmpty(Citations(reply));
        Assert.Contains(reply["suggestedActions"]!["actions"]!.AsArray(), a => (string?)a!["value"] == "where was that published?");
    }

    [Fact]
    public async Task TeamsChannel_MentionedQuestionInThread_ReplyIsPostedToThatThread()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var thread = "19:channel-" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=1531760000123";
        var activity = ChannelActivities.Teams("channel", thread, Question);
        activity["serviceUrl"] = connector.ServiceUrl.ToString();
        activity.Remove("deliveryMode");

        var response = await new ActivityClient(_host.Client).PostAsync(activity);

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        var (path, reply) = connector.Next(TimeSpan.FromSeconds(30));
        Assert.Equal($"/v3/conversations/{thread}/activities/{(string)activity["id"]!}", path);
        Assert.Equal(thread, (string?)reply["conversation"]?["id"]);
        Assert.Equal((string)activity["id"]!, (string?)reply["replyToId"]);
        Assert.Contains(Quote, (string)reply["text"]!);
        Assert.DoesNotContain("<at>", (string)reply["text"]!);
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    [InlineData("personal")]
    public async Task TeamsInstall_InstallationUpdateAndBotAdded_WelcomesOnce(string conversationType)
    {
        var (install, botAdded) = ChannelActivities.TeamsInstall(conversationType, "19:install-" + Guid.NewGuid().ToString("N") + "@thread.v2");

        var replies = (await Task.WhenAll(SendAsync(install), SendAsync(botAdded))).SelectMany(r => r).ToList();

        var welcome = Assert.Single(replies);
        Assert.StartsWith("Hello!", (string)welcome["text"]!);
        Assert.Contains("Vladimir Putin", (string)welcome["text"]!);
    }

    [Fact]
    public async Task TeamsTeam_ColleagueJoins_NoWelcome()
    {
        var (_, joined) = ChannelActivities.TeamsInstall("channel", "19:joined-" + Guid.NewGuid().ToString("N") + "@thread.tacv2");
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-colleague" });

        Assert.Empty(await SendAsync(joined));
    }

    [Fact]
    public async Task Slack_Question_LinksAsSlackLinksWithoutDoubleAsterisks()
    {
        var reply = Assert.Single(await SendAsync(ChannelActivities.Slack("<@U0BOT> " + Question)));

        var text = (string)reply["text"]!;
        Assert.Contains(Quote, text);
        Assert.Contains("*Vladimir Putin*", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("](", text);
        Assert.Contains("<https://news.example/helsinki?story=1&part=2|link>", text);
        Assert.Contains("\n\n", text);
        Assert.DoesNotMatch(CitationMarker(), text);
        // The native Slack message: Block Kit sections in mrkdwn and the same text as fallback.
        var channelData = reply["channelData"]!;
        Assert.Equal(text, (string?)channelData["text"]);
        var sections = channelData["blocks"]!.AsArray().Select(b => (string)b!["text"]!["text"]!).ToList();
        Assert.All(channelData["blocks"]!.AsArray(), b => Assert.Equal("mrkdwn", (string?)b!["text"]!["type"]));
        Assert.Contains(sections, s => s.Contains(Quote, StringComparison.Ordinal));
        Assert.Contains(sections, s => s.Contains("<https://news.example/helsinki?story=1&part=2|link>", StringComparison.Ordinal));
        Assert.Null(channelData["thread_ts"]);
    }

    [Fact]
    public async Task Slack_QuestionInThread_ReplyCarriesTheThreadTs()
    {
        var reply = Assert.Single(await SendAsync(ChannelActivities.Slack("<@U0BOT> " + Question, threadTs: "1531759999.000100")));

        Assert.Equal("1531759999.000100", (string?)reply["channelData"]!["thread_ts"]);
        Assert.Contains(Quote, (string)reply["channelData"]!["text"]!);
    }

    [Fact]
    public async Task Slack_Help_ListsQuestionsInSlackMarkup()
    {
        var reply = Assert.Single(await SendAsync(ChannelActivities.Slack("help", channelType: "im")));

        var text = (string)reply["text"]!;
        Assert.Contains("what did _someone_ say about _a topic_?", text);
        Assert.DoesNotContain("**", text);
    }

    [Fact]
    public async Task WebChat_Question_CitationMarkersDefinedAsReferenceLinks()
    {
        var reply = Assert.Single(await SendAsync(ChannelActivities.WebChat(Guid.NewGuid().ToString("N"), Question)));

        var text = (string)reply["text"]!;
        Assert.Contains(Quote, text);
        var claims = Citations(reply);
        Assert.NotEmpty(claims);
        var definitions = text.IndexOf("\n\n[1]: ", StringComparison.Ordinal);
        Assert.True(definitions > 0, "no Markdown link definitions after the answer");
        foreach (var claim in claims)
        {
            var position = (int)claim["position"]!;
            Assert.Contains($" [{position}]", text[..definitions]);
            Assert.Contains($"\n[{position}]: {LinkedSeedHostFixture.Url} \"{LinkedSeedHostFixture.Outlet}: ", text);
        }
    }

    private async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity)
    {
        var response = await new ActivityClient(_host.Client).PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? [] : JsonNode.Parse(body)!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    private static IReadOnlyList<JsonObject> Citations(JsonObject reply) =>
        (reply["entities"] as JsonArray ?? [])
            .Where(e => (string?)e!["type"] == "https://schema.org/Message")
            .SelectMany(e => e!["citation"]!.AsArray())
            .Select(c => c!.AsObject())
            .ToList();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMarker();
}
