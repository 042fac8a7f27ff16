using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Tests.WebChat;

/// <summary>
/// End to end: the page at / in a real headless Chromium, the unmodified Web Chat bundle, the
/// built-in Direct Line (web socket stream) and the real bot over Kestrel on 127.0.0.1. Saves a screenshot to
/// artifacts/test-results/webchat.png.
/// </summary>
public sealed class WebChatPageTests
{
    private static readonly LocatorAssertionsToContainTextOptions AnswerWait = new() { Timeout = 30_000 };

    [Fact]
    public async Task Page_QuestionThenFollowUp_ShowsQuoteSpeakerSourceAndTheFollowUpAnswer()
    {
        await using var host = new BotHost();
        await host.StartAsync();
        await using var chromium = await DebianChromium.LaunchAsync();
        var page = chromium.Context.Pages.FirstOrDefault() ?? await chromium.Context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync(host.Address.ToString());
        await Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("Coverage Bot"));
        var transcript = page.Locator("#webchat");
        await Expect(transcript).ToContainTextAsync("People quoted most", AnswerWait); // the welcome

        await SendAsync(page, "what did Putin say about collusion?");
        await Expect(transcript).ToContainTextAsync("Could you name a single fact", AnswerWait);
        await Expect(transcript).ToContainTextAsync("Vladimir Putin");
        await Expect(transcript).ToContainTextAsync("Trump Refuses To Condemn Putin");
        // Markdown rendered, not shown raw.
        await Expect(transcript.Locator("strong", new() { HasText = "Vladimir Putin" }).First).ToBeVisibleAsync();

        await SendAsync(page, "and Trump?");
        await Expect(transcript).ToContainTextAsync("Here is what Donald Trump said about collusion", AnswerWait);
        await Expect(transcript.GetByRole(AriaRole.Button, new() { Name = "where was that published?" }).Last).ToBeVisibleAsync();
        await Expect(transcript).Not.ToContainTextAsync("Send failed");
        // Answers stream in over the built-in Direct Line's web socket.
        Assert.Contains(sockets, url => url.StartsWith($"ws://{host.Address.Authority}/v3/directline/conversations/", StringComparison.Ordinal));

        var screenshot = Path.Combine(ChatBot.TestSupport.SharedMaterial.RepositoryRoot, "artifacts", "test-results", "webchat.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot shows the page");
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var sendBox = page.GetByRole(AriaRole.Textbox).Last;
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }
}
