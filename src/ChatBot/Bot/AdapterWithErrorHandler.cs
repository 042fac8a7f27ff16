using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatBot.Bot;

/// <summary>
/// Bot Builder's CloudAdapter with one constructor (so dependency injection can build it) and a
/// turn error handler that logs the failure and tells the user, instead of leaving them waiting.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string ErrorReply = "Sorry, something went wrong while answering that. Please try again, or ask another question.";

    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in a turn of conversation {ConversationId}", turnContext.Activity?.Conversation?.Id);
            try
            {
                // Through the channel's formatter, so a Slack thread gets the apology in the thread.
                var apology = turnContext.Activity is { } incoming ? ReplyFactory.Text(ErrorReply, incoming) : MessageFactory.Text(ErrorReply);
                await turnContext.SendActivityAsync(apology).ConfigureAwait(false);
            }
            catch (Exception sendError)
            {
                logger.LogError(sendError, "Could not tell the user about the error");
            }
        };
    }
}
