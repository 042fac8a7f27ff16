using System.Text;
using ChatBot.Answering.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>
/// Web Chat (channelId "webchat", and other Direct Line clients): Markdown with Web Chat's
/// citations. Web Chat (4.16 and later) shows a "[n]" marker as a citation badge when the text
/// also defines it as a Markdown reference link ("[n]: url "title"", or a "_:cN" claim id for a
/// source without a link) and the Message entity has a Claim at position n. Reference
/// definitions are invisible in any CommonMark renderer, so other Direct Line clients just see
/// the "[n]" as a link to the source.
/// </summary>
internal sealed class WebChatReplyFormatter : IChannelReplyFormatter
{
    public IMessageActivity FormatAnswer(Answer answer, IActivity incoming)
    {
        var cited = CitedSource.Number(answer);
        var text = new StringBuilder(MarkdownAnswer.Render(answer, cited));
        if (cited.Count > 0)
            text.Append('\n');
        foreach (var source in cited)
        {
            var target = source.Source.Url ?? CitationEntity.ClaimId(source.Position);
            var title = CitationEntity.Shorten(source.Title, CitationEntity.MaxNameLength).Replace("\"", "'", StringComparison.Ordinal);
            text.Append($"\n[{source.Position}]: {target} \"{title}\"");
        }
        var reply = MarkdownReply.Create(text.ToString(), answer.Suggestions);
        if (CitationEntity.Create(cited) is { } citations)
            reply.Entities = [citations];
        return reply;
    }

    public IMessageActivity FormatText(string markdown, IReadOnlyList<string> suggestions, IActivity incoming) =>
        MarkdownReply.Create(markdown, suggestions);
}
