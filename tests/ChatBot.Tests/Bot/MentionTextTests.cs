using ChatBot.Bot;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Tests.Bot;

/// <summary>The question inside each channel's wrapping, using the shapes clients really send
/// (the Teams simulator's text and mention entity are copied from its requests).</summary>
public sealed class MentionTextTests
{
    private const string BotId = "00000000-0000-0000-0000-00000000000011";

    [Fact]
    public void QuestionOf_TeamsSimulatorGroupChatMessage_DropsTheBotsMention()
    {
        var activity = Teams("<at>Test Bot</at> what did Putin say about collusion?", Mention(BotId, "Test Bot"));

        Assert.Equal("what did Putin say about collusion?", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_MentionInTheMiddle_DropsItAndKeepsTheRest()
    {
        var activity = Teams("so <at>Test Bot</at>, who said \"witch hunt\"?", Mention(BotId, "Test Bot"));

        Assert.Equal("so , who said \"witch hunt\"?", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_AnotherPersonMentioned_KeepsTheirName()
    {
        var activity = Teams("<at>Test Bot</at> what did <at>Megan Bowen</at> say?", Mention(BotId, "Test Bot"), Mention("user-id-1", "Megan Bowen"));

        Assert.Equal("what did Megan Bowen say?", MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_LeadingMentionWithoutEntity_IsTakenAsAddressingTheBot()
    {
        Assert.Equal("more", MentionText.QuestionOf(Teams("<at>Coverage Bot</at> more")));
    }

    [Fact]
    public void QuestionOf_OnlyTheMention_IsEmpty()
    {
        Assert.Equal("", MentionText.QuestionOf(Teams("<at>Test Bot</at>", Mention(BotId, "Test Bot"))));
    }

    [Theory]
    [InlineData("<@U0BOT> what did Trump say?", "what did Trump say?")]
    [InlineData("<@U0BOT|coveragebot> who said &quot;I hold both countries responsible&quot;?", "who said \"I hold both countries responsible\"?")]
    [InlineData("Trump &amp; Putin on collusion", "Trump & Putin on collusion")]
    public void QuestionOf_SlackMessage_DropsTheLeadingMentionAndUnescapes(string text, string expected)
    {
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "slack", Text = text, Recipient = new ChannelAccount("B0BOT:T0TEAM") };

        Assert.Equal(expected, MentionText.QuestionOf(activity));
    }

    [Fact]
    public void QuestionOf_EmulatorText_IsUnchanged()
    {
        var activity = new Activity(ActivityTypes.Message) { ChannelId = "emulator", Text = "  what did Putin say?  ", Recipient = new ChannelAccount("bot") };

        Assert.Equal("what did Putin say?", MentionText.QuestionOf(activity));
    }

    private static Activity Teams(string text, params Entity[] entities) => new(ActivityTypes.Message)
    {
        ChannelId = "msteams",
        Text = text,
        Recipient = new ChannelAccount(BotId, "Test Bot"),
        Entities = entities.ToList(),
    };

    private static Entity Mention(string id, string name)
    {
        var entity = new Entity("mention");
        entity.Properties["mentioned"] = new JObject { ["id"] = id, ["name"] = name };
        entity.Properties["text"] = $"<at>{name}</at>";
        return entity;
    }
}
