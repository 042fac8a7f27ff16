using ChatBot.Answering.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>
/// Bot Framework Markdown as <see cref="AnswerText"/> renders it: for the Emulator and any channel
/// without its own formatter. The citation entity rides along (clients that do not know it ignore
/// it) but the text carries no "[n]" markers, which such clients would show as stray brackets.
/// </summary>
internal sealed class DefaultReplyFormatter : IChannelReplyFormatter
{
    public IMessageActivity FormatAnswer(Answer answer, IActivity incoming)
    {
        var reply = MarkdownReply.Create(AnswerText.Render(answer), answer.Suggestions);
        if (CitationEntity.Create(CitedSource.Number(answer)) is { } citations)
            reply.Entities = [citations];
        return reply;
    }

    public IMessageActivity FormatText(string markdown, IReadOnlyList<string> suggestions, IActivity incoming) =>
        MarkdownReply.Create(markdown, suggestions);
}
