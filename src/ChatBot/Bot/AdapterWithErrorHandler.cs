using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// Bot Builder's CloudAdapter with one constructor (so dependency injection can build it) and a
/// turn error handler that logs the failure and tells the user, instead of leaving them waiting.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string ErrorReply = "Sorry, something went wrong while answering that. Please try again, or ask another question.";

    private readonly BotFrameworkAuthentication _authentication;
    private readonly string _appId;

    public AdapterWithErrorHandler(BotFrameworkAuthentication authentication, IConfiguration configuration, ILogger<AdapterWithErrorHandler> logger)
        : base(authentication, logger)
    {
        _authentication = authentication;
        _appId = configuration["MicrosoftAppId"] ?? "";
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

    /// <summary>
    /// Runs a turn for an activity the host itself has already authenticated (the built-in
    /// Direct Line checks its own conversation tokens), through the same pipeline as
    /// <c>/api/messages</c>: middleware, the bot, <see cref="CloudAdapter.OnTurnError"/>, and
    /// with <c>deliveryMode: expectReplies</c> the replies returned in the response body. Only
    /// the Bot Connector token check is skipped, since no Bot Connector sent the activity.
    /// </summary>
    public Task<InvokeResponse> ProcessTrustedActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        // The identity a channel request for this bot would carry after authentication: none
        // without an app id (as for the Emulator), else one addressed to the bot's app id.
        var identity = string.IsNullOrEmpty(_appId)
            ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
            : new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, _appId), new Claim(AuthenticationConstants.AppIdClaim, _appId)]);
        var authenticated = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            ConnectorFactory = _authentication.CreateConnectorFactory(identity),
            Audience = AuthenticationConstants.ToChannelFromBotOAuthScope,
        };
        return ProcessActivityAsync(authenticated, activity, callback, cancellationToken);
    }
}
