using ChatBot.Answering.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Bot;

/// <summary>
/// Turns an answer into the activity a channel shows: Markdown text, suggested actions for the
/// follow-ups, and schema.org citations (a <c>Message</c> entity with one <c>Claim</c> per
/// source) that Teams and Web Chat render as native citations.
/// </summary>
internal static class ReplyFactory
{
    public static IMessageActivity Create(Answer answer)
    {
        var reply = MessageFactory.Text(AnswerText.Render(answer));
        reply.TextFormat = TextFormatTypes.Markdown;
        if (answer.Suggestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = answer.Suggestions
                    .Select(s => new CardAction(ActionTypes.ImBack, title: s, value: s))
                    .ToList(),
            };
        }
        var citations = Citations(answer);
        if (citations is not null)
            reply.Entities = [citations];
        return reply;
    }

    private static Entity? Citations(Answer answer)
    {
        var claims = new JArray();
        var position = 1;
        foreach (var item in answer.Items)
        {
            foreach (var source in item.Sources)
            {
                var appearance = new JObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = source.Outlet is null ? source.Headline : $"{source.Outlet}: {source.Headline}",
                    ["abstract"] = item.Kind == AnswerItemKind.Direct ? item.Quote : item.Sentence,
                };
                if (source.Url is not null)
                    appearance["url"] = source.Url;
                claims.Add(new JObject
                {
                    ["@type"] = "Claim",
                    ["position"] = position++,
                    ["appearance"] = appearance,
                });
            }
        }
        if (claims.Count == 0)
            return null;
        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = "";
        entity.Properties["citation"] = claims;
        return entity;
    }
}
