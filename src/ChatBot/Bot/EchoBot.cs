using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Replies with the text it was sent, nothing else. Registered instead of <see cref="CoverageBot"/>
/// when <c>ChatBot:EchoOnly</c> is set, so a benchmark can measure the protocol floor: the same
/// host, adapter and pipeline, with no answering work.
/// </summary>
public sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text ?? ""), cancellationToken);
}
