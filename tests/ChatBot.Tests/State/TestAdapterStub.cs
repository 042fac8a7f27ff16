using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Tests.State;

/// <summary>An adapter that is never asked to send anything: a TurnContext needs one.</summary>
internal sealed class TestAdapterStub : BotAdapter
{
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
