using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>A Markdown message with follow-up buttons: what every channel but Slack sends.</summary>
internal static class MarkdownReply
{
    /// <param name="suggestions">Follow-up questions; null or empty for no buttons.</param>
    public static IMessageActivity Create(string markdown, IReadOnlyList<string>? suggestions)
    {
        var reply = MessageFactory.Text(markdown);
        reply.TextFormat = TextFormatTypes.Markdown;
        reply.SuggestedActions = suggestions is null ? null : SuggestedActionsFactory.Create(suggestions);
        return reply;
    }
}
