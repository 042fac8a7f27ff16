using Microsoft.Bot.Schema;

namespace ChatBot.Channels;

/// <summary>Follow-up questions as imBack buttons: pressing one sends its text as the user.</summary>
internal static class SuggestedActionsFactory
{
    public static SuggestedActions? Create(IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? null
        : new SuggestedActions { Actions = suggestions.Select(s => new CardAction(ActionTypes.ImBack, title: s, value: s)).ToList() };
}
