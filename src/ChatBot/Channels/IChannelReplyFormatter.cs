using ChatBot.Answering.Answers;
using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>
/// Turns channel-neutral content (an <see cref="Answer"/>, or Markdown such as the welcome) into
/// the message one chat channel shows well. Chosen by the incoming activity's channelId through
/// <see cref="ChannelReplyFormatters"/>; the incoming activity is passed so a formatter can keep
/// the reply in the user's thread or adapt to the conversation type.
/// </summary>
internal interface IChannelReplyFormatter
{
    IMessageActivity FormatAnswer(Answer answer, IActivity incoming);

    /// <summary>Markdown written for people (welcome, help, status), with optional follow-ups.</summary>
    IMessageActivity FormatText(string markdown, IReadOnlyList<string> suggestions, IActivity incoming);
}
