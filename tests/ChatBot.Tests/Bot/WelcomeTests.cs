using ChatBot.Bot;
using Microsoft.Bot.Schema;

namespace ChatBot.Tests.Bot;

public sealed class WelcomeTests
{
    [Fact]
    public void TryClaim_SameConversationTwice_OnlyTheFirstWins()
    {
        var ledger = new WelcomeLedger(new ManualClock());

        Assert.True(ledger.TryClaim("msteams/19:chat"));
        Assert.False(ledger.TryClaim("msteams/19:chat"));
        Assert.True(ledger.TryClaim("msteams/19:other"));
    }

    [Fact]
    public void TryClaim_AfterTheWindow_WelcomesAgain()
    {
        var clock = new ManualClock();
        var ledger = new WelcomeLedger(clock);
        ledger.TryClaim("msteams/19:chat");

        clock.Advance(WelcomeLedger.Window);

        Assert.True(ledger.TryClaim("msteams/19:chat"));
    }

    [Fact]
    public void ShouldWelcome_EmulatorAddsUserAndBot_Yes()
    {
        Assert.True(WelcomePolicy.ShouldWelcome(Update("emulator", isGroup: null, "user-1", "bot")));
    }

    [Fact]
    public void ShouldWelcome_OneToOneOnlyTheBotAdded_No()
    {
        Assert.False(WelcomePolicy.ShouldWelcome(Update("webchat", isGroup: null, "bot")));
    }

    [Fact]
    public void ShouldWelcome_TeamsGroupBotAdded_Yes()
    {
        Assert.True(WelcomePolicy.ShouldWelcome(Update("msteams", isGroup: true, "bot")));
    }

    [Fact]
    public void ShouldWelcome_TeamsGroupColleagueAdded_No()
    {
        Assert.False(WelcomePolicy.ShouldWelcome(Update("msteams", isGroup: true, "29:colleague")));
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("remove", false)]
    [InlineData("add-upgrade", false)]
    public void ShouldWelcome_InstallationUpdate_OnlyOnAdd(string action, bool expected)
    {
        var install = new Activity(ActivityTypes.InstallationUpdate) { Action = action, ChannelId = "msteams", Recipient = new ChannelAccount("bot"), Conversation = new ConversationAccount(id: "19:chat") };

        Assert.Equal(expected, WelcomePolicy.ShouldWelcome(install));
    }

    [Fact]
    public void ConversationKey_ChannelThread_IsTheChannel()
    {
        var activity = new Activity(ActivityTypes.ConversationUpdate) { ChannelId = "msteams", Conversation = new ConversationAccount(id: "19:abc@thread.tacv2;messageid=123") };

        Assert.Equal("msteams/19:abc@thread.tacv2", WelcomePolicy.ConversationKey(activity));
    }

    private static Activity Update(string channelId, bool? isGroup, params string[] added) => new(ActivityTypes.ConversationUpdate)
    {
        ChannelId = channelId,
        Recipient = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(isGroup: isGroup, id: "conv-1"),
        MembersAdded = added.Select(id => new ChannelAccount(id)).ToList(),
    };
}
