using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Channels;

/// <summary>
/// The Slack thread a question was asked in. Azure Bot Service's Slack channel hands the bot the
/// Slack Events API envelope in <c>channelData.SlackMessage</c>; a message inside a thread has
/// <c>event.thread_ts</c> (the thread's first message). Replying with that <c>thread_ts</c> in
/// the reply's channelData keeps the answer in the thread; without it Slack posts to the channel.
/// </summary>
internal static class SlackThread
{
    public static string? Of(IActivity incoming)
    {
        var slack = ChannelData(incoming)?["SlackMessage"] as JObject;
        var threadTs = (slack?["event"] as JObject)?["thread_ts"] ?? slack?["thread_ts"];
        return threadTs?.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)threadTs) ? (string?)threadTs : null;
    }

    private static JObject? ChannelData(IActivity incoming) => incoming.ChannelData switch
    {
        JObject json => json,
        null => null,
        var other => JObject.FromObject(other),
    };
}
