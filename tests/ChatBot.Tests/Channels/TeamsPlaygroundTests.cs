using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace ChatBot.Tests.Channels;

/// <summary>
/// The real Teams simulator against the real host, both on 127.0.0.1: a journalist @mentions the
/// bot in a group chat and in a team channel, and reads the answer the simulator shows.
/// </summary>
public sealed class TeamsPlaygroundTests : IClassFixture<SeedHostFixture>, IAsyncLifetime
{
    private const string Quote = "Could you name a single fact that would definitively prove the collusion?";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);

    private readonly SeedHostFixture _host;
    private TeamsPlayground _playground = null!;
    private JsonObject _config = null!;
    private JsonObject _bot = null!;

    public TeamsPlaygroundTests(SeedHostFixture host) => _host = host;

    public async Task InitializeAsync()
    {
        _playground = await TeamsPlayground.StartAsync(new Uri(_host.Host.Address, "api/messages"));
        _config = await _playground.ConfigAsync();
        _bot = _config["bot"]!.AsObject();
    }

    public async Task DisposeAsync() => await _playground.DisposeAsync();

    [Fact]
    public void Simulator_IsStarted_ListensOnLoopbackOnly()
    {
        Assert.True(_playground.ListensOnLoopbackOnly(out var sockets), $"listening sockets on port {_playground.Port}: {sockets}");
    }

    [Fact]
    public async Task GroupChat_MentionedQuestion_AnswerHasTheQuoteAndNoAtMarkup()
    {
        var chat = (string)_config["groupChats"]![0]!["id"]!;

        await _playground.SendAsync(chat, "what did Putin say about collusion?", _bot, mentionBot: true);

        var answer = _playground.NextBotMessage((string)_bot["id"]!, chat, AnswerTimeout);
        var text = (string)answer["text"]!;
        Assert.Contains(Quote, text);
        Assert.Contains("Vladimir Putin", text);
        Assert.DoesNotContain("<at>", text);
        Assert.DoesNotContain((string)_bot["name"]!, text);
        Assert.Equal("markdown", (string?)answer["textFormat"]);
        // The simulator hands its client the citations (as Teams does) and the text has markers.
        var citations = answer["aiEntity"]?["citation"]?.AsArray();
        Assert.NotNull(citations);
        Assert.All(citations, c => Assert.Contains($"[{(int)c!["position"]!}]", text));
    }

    [Fact]
    public async Task Channel_MentionedQuestion_AnswerIsInTheThreadWithTheQuoteAndNoAtMarkup()
    {
        var channel = (string)_config["teams"]![0]!["channels"]![0]!["id"]!;

        var sent = await _playground.SendAsync(channel, "who said \"I hold both countries responsible\"?", _bot, mentionBot: true);

        // A new channel post starts a thread; the reply belongs in it, not in the channel.
        var thread = (string?)sent["postConversationId"];
        Assert.NotNull(thread);
        Assert.Contains(";messageid=", thread);
        var answer = _playground.NextBotMessage((string)_bot["id"]!, thread, AnswerTimeout);
        var text = (string)answer["text"]!;
        Assert.Contains("I hold both countries responsible", text);
        Assert.Contains("Donald Trump", text);
        Assert.DoesNotContain("<at>", text);
    }

    [Fact]
    public async Task GroupChat_BotInstalled_WelcomesOnceThenAnswers()
    {
        var chat = (string)_config["groupChats"]![0]!["id"]!;
        var botId = (string)_bot["id"]!;

        // The simulator sends installationUpdate "add" and a conversationUpdate adding the bot,
        // and returns once the bot has handled both (its replies are posted during the turn).
        await _playground.InstallAsync(chat);
        var welcome = _playground.NextBotMessage(botId, chat, AnswerTimeout);
        await _playground.SendAsync(chat, "what did Putin say about collusion?", _bot, mentionBot: true);
        JsonObject answer;
        var welcomes = 1;
        while (true)
        {
            answer = _playground.NextBotMessage(botId, chat, AnswerTimeout);
            if (!((string)answer["text"]!).StartsWith("Hello!", StringComparison.Ordinal))
                break;
            welcomes++;
        }

        Assert.StartsWith("Hello!", (string)welcome["text"]!);
        Assert.Equal(1, welcomes);
        Assert.Contains(Quote, (string)answer["text"]!);
    }

    [Fact]
    public async Task GroupChat_AnswerInTheSimulatorsWebClient_RendersMarkdownAndACitationBadge()
    {
        await using var browser = await DebianChromium.LaunchAsync();
        var page = browser.Context.Pages.FirstOrDefault() ?? await browser.Context.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_playground.Port}/");
        // Opening the group chat in the client installs the bot there, as in Teams, and the
        // welcome shows with its list of questions rendered. The client ignores clicks until it
        // has connected, so click (at most every two seconds) until the welcome is there.
        await WaitForAsync(page,
            """
            (() => {
              if ([...document.querySelectorAll('li')].some(li => li.innerText.includes('what did'))) return true;
              const chat = [...document.querySelectorAll('*')].find(e => e.childElementCount === 0 && e.textContent.trim() === 'Group Chat');
              if (chat && document.body.innerText.includes('Current version') && !(Date.now() - (window.__clicked || 0) < 2000)) {
                window.__clicked = Date.now();
                chat.click();
              }
              return null;
            })()
            """,
            TimeSpan.FromSeconds(60), "the group chat to open in the simulator's client with the welcome");

        await _playground.SendAsync((string)_config["groupChats"]![0]!["id"]!, "what did Putin say about collusion?", _bot, mentionBot: true);

        // The smallest element holding both the quote and its source, outside the chat list
        // (whose preview of the last message is plain text): the rendered message.
        var message = await WaitForAsync(page,
            $$"""
            (() => {
              const found = [...document.querySelectorAll('div, p')]
                .filter(e => !e.closest('[role=tree]') && e.innerText && e.innerText.includes({{System.Text.Json.JsonSerializer.Serialize(Quote)}}) && e.innerText.includes('Source:'))
                .sort((a, b) => a.innerText.length - b.innerText.length)[0];
              return found ? { html: found.innerHTML, text: found.innerText } : null;
            })()
            """,
            AnswerTimeout, "the answer in the simulator's client");
        var html = message.GetProperty("html").GetString()!;
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("<strong>Vladimir Putin</strong>", html);
        Assert.Contains("<em>Trump Refuses To Condemn Putin", html);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("<at>", text);
        // "[1]" became the simulator's citation badge: a "1" after the source, no brackets.
        Assert.DoesNotContain("[1]", text);
        Assert.Matches(@"paragraph 7\s*1", text);
    }

    /// <summary>Evaluates the expression in the page until it returns a value other than null
    /// (polling, as the simulator's client renders asynchronously), or fails after the timeout.</summary>
    private static async Task<JsonElement> WaitForAsync(IPage page, string expression, TimeSpan timeout, string what)
    {
        try
        {
            var handle = await page.WaitForFunctionAsync(expression, null,
                new PageWaitForFunctionOptions { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 250 });
            return await handle.JsonValueAsync<JsonElement>();
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.");
        }
    }
}
