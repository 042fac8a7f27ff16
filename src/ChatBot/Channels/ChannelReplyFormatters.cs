using BotChannels = Microsoft.Bot.Connector.Channels;

namespace ChatBot.Channels;

/// <summary>Picks the reply formatter for a channel id; anything unknown (the Emulator,
/// Direct Line clients other than Web Chat, tests) gets plain Bot Framework Markdown.</summary>
internal static class ChannelReplyFormatters
{
    private static readonly IChannelReplyFormatter Default = new DefaultReplyFormatter();
    private static readonly IChannelReplyFormatter Teams = new TeamsReplyFormatter();
    private static readonly IChannelReplyFormatter Slack = new SlackReplyFormatter();
    private static readonly IChannelReplyFormatter WebChat = new WebChatReplyFormatter();

    public static IChannelReplyFormatter For(string? channelId) => channelId?.ToLowerInvariant() switch
    {
        BotChannels.Msteams => Teams,
        BotChannels.Slack => Slack,
        BotChannels.Webchat or BotChannels.Directline => WebChat,
        _ => Default,
    };
}
