using ChatBot.Answering.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>
/// Microsoft Teams: Markdown (bold speaker, italic headline, links, blank lines between blocks all
/// render in Teams), native citations (a "[n]" marker after each source line and the schema.org
/// <c>Message</c> entity whose Claims carry the same positions), and follow-up buttons only in
/// personal chats: in group chats and channels the bot only hears messages that @mention it, so
/// a button that sends bare text there would go unanswered. Threads need nothing here: a channel
/// message's conversation id already names its thread ("…;messageid=…") and the reply goes there.
/// </summary>
internal sealed class TeamsReplyFormatter : IChannelReplyFormatter
{
    public IMessageActivity FormatAnswer(Answer answer, IActivity incoming)
    {
        var cited = CitedSource.Number(answer);
        var reply = MarkdownReply.Create(MarkdownAnswer.Render(answer, cited), IsPersonal(incoming) ? answer.Suggestions : null);
        if (CitationEntity.Create(cited) is { } citations)
            reply.Entities = [citations];
        return reply;
    }

    public IMessageActivity FormatText(string markdown, IReadOnlyList<string> suggestions, IActivity incoming) =>
        MarkdownReply.Create(markdown, IsPersonal(incoming) ? suggestions : null);

    /// <summary>Teams says "personal", "groupChat" or "channel"; older payloads only set isGroup.</summary>
    private static bool IsPersonal(IActivity incoming) => incoming.Conversation?.ConversationType is { } type
        ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
        : incoming.Conversation?.IsGroup != true;
}
