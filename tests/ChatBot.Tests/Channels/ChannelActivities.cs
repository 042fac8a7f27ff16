using System.Text.Json.Nodes;

namespace ChatBot.Tests.Channels;

/// <summary>
/// Activities shaped as each channel sends them (see ../shared/docs/channels.md: the Emulator's
/// and the Teams simulator's shapes were read off the real clients; Slack's is Azure Bot
/// Service's envelope), as plain JSON with expectReplies unless a test turns it off.
/// </summary>
public static class ChannelActivities
{
    public const string TeamsBotId = "28:coverage-bot-app-id";
    public const string TeamsBotName = "Coverage Bot";
    public const string SlackBotId = "B0BOT:T0TEAM";

    public static JsonObject Emulator(string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-emulator", ["name"] = "Bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>A Teams message; in group chats and channels the text starts with the bot's
    /// "&lt;at&gt;" mention and a mention entity names it, as Teams sends them.</summary>
    public static JsonObject Teams(string conversationType, string conversationId, string question)
    {
        var mentioned = conversationType != "personal";
        var atBot = $"<at>{TeamsBotName}</at>";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Alex Wilber", ["aadObjectId"] = Guid.NewGuid().ToString() },
            ["recipient"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = TeamsBotName },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId,
                ["conversationType"] = conversationType,
                ["isGroup"] = conversationType != "personal",
                ["tenantId"] = "tenant-1",
            },
            ["text"] = mentioned ? $"{atBot} {question}" : question,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["entities"] = mentioned
                ? new JsonArray(new JsonObject
                {
                    ["type"] = "mention",
                    ["mentioned"] = new JsonObject { ["id"] = TeamsBotId, ["name"] = TeamsBotName },
                    ["text"] = atBot,
                })
                : new JsonArray(),
            ["channelData"] = conversationType == "channel"
                ? new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" }, ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" }, ["channel"] = new JsonObject { ["id"] = "19:team@thread.tacv2" } }
                : new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["deliveryMode"] = "expectReplies",
        };
        return activity;
    }

    /// <summary>A Slack message through Azure Bot Service: the Events API envelope in
    /// channelData.SlackMessage, with thread_ts when it was written in a thread.</summary>
    public static JsonObject Slack(string text, string? threadTs = null, string channelType = "channel")
    {
        var ts = "1531760000.000200";
        var slackEvent = new JsonObject
        {
            ["type"] = channelType == "im" ? "message" : "app_mention",
            ["user"] = "U0USER",
            ["text"] = text,
            ["ts"] = ts,
            ["channel"] = "C0CHANNEL",
            ["channel_type"] = channelType,
            ["event_ts"] = ts,
        };
        if (threadTs is not null)
            slackEvent["thread_ts"] = threadTs;
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = ts,
            ["channelId"] = "slack",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["from"] = new JsonObject { ["id"] = "U0USER:T0TEAM", ["name"] = "journalist" },
            ["recipient"] = new JsonObject { ["id"] = SlackBotId, ["name"] = "coveragebot" },
            ["conversation"] = new JsonObject { ["id"] = "B0BOT:T0TEAM:C0CHANNEL", ["isGroup"] = channelType != "im" },
            ["text"] = text,
            ["channelData"] = new JsonObject
            {
                ["SlackMessage"] = new JsonObject
                {
                    ["token"] = "verification-token",
                    ["team_id"] = "T0TEAM",
                    ["api_app_id"] = "A0APP",
                    ["event"] = slackEvent,
                    ["type"] = "event_callback",
                    ["event_id"] = "Ev0EVENT",
                    ["event_time"] = 1531760000,
                },
                ["ApiToken"] = "xoxb-not-a-real-token",
            },
            ["deliveryMode"] = "expectReplies",
        };
    }

    /// <summary>Web Chat's message as its Direct Line client writes it.</summary>
    public static JsonObject WebChat(string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = conversationId + "|0000001",
        ["channelId"] = "webchat",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "dl_user-1", ["name"] = "", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "coverage-bot", ["name"] = "Coverage Bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>The bot joining a Teams team or group chat: installationUpdate "add" and the
    /// conversationUpdate that adds the bot, the pair Teams sends for one install.</summary>
    public static (JsonObject Install, JsonObject BotAdded) TeamsInstall(string conversationType, string conversationId)
    {
        var install = Teams(conversationType, conversationId, "");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        install.Remove("entities");
        var added = Teams(conversationType, conversationId, "");
        added["type"] = "conversationUpdate";
        added.Remove("text");
        added.Remove("entities");
        added["membersAdded"] = new JsonArray(new JsonObject { ["id"] = TeamsBotId });
        return (install, added);
    }
}
