using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c>, which the page calls to start: without a Direct Line
/// secret it opens a built-in conversation and returns its token; with one, it exchanges the
/// secret with Azure's Direct Line for a token to a new Azure conversation. Either way the
/// answer is <c>{"conversationId","token","expires_in","domain"}</c>.
/// </summary>
public static class DirectLineTokenEndpoint
{
    public static async Task<IResult> IssueAsync(
        HttpContext context, IOptions<DirectLineOptions> options, DirectLineConversationStore conversations,
        DirectLineTokenIssuer tokens, IServiceProvider services, ILoggerFactory loggers)
    {
        if (!options.Value.UsesBuiltInDirectLine)
        {
            try
            {
                return Results.Json(await services.GetRequiredService<AzureDirectLineClient>().GenerateTokenAsync(context.RequestAborted).ConfigureAwait(false));
            }
            catch (Exception e) when (e is DirectLineServiceException or HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !context.RequestAborted.IsCancellationRequested)
            {
                loggers.CreateLogger(typeof(DirectLineTokenEndpoint)).LogWarning("Could not get a Direct Line token from Azure: {Error}", e.Message);
                return DirectLineError.Of(StatusCodes.Status502BadGateway, "ServiceError", "The chat service is not reachable right now. Please try again later.");
            }
        }
        var conversation = conversations.Create();
        if (conversation is null)
            return DirectLineError.Of(StatusCodes.Status503ServiceUnavailable, "TooManyConversations", "Too many open conversations; please try again in a few minutes.");
        return Results.Json(DirectLineEndpoints.Conversation(conversation.Id, tokens, DirectLineEndpoints.DomainOf(context.Request)));
    }
}
