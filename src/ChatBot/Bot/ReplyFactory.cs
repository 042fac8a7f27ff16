using ChatBot.Answering.Answers;
using ChatBot.Channels;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Turns what the bot has to say into the activity the user's channel shows best, through the
/// formatter for the incoming activity's channel (Teams, Slack, Web Chat, or plain Markdown).
/// </summary>
internal static class ReplyFactory
{
    public static IMessageActivity Answer(Answer answer, IActivity incoming) =>
        ChannelReplyFormatters.For(incoming.ChannelId).FormatAnswer(answer, incoming);

    public static IMessageActivity Text(string markdown, IActivity incoming, IReadOnlyList<string>? suggestions = null) =>
        ChannelReplyFormatters.For(incoming.ChannelId).FormatText(markdown, suggestions ?? [], incoming);
}
