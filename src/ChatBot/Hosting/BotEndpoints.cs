using ChatBot.Indexing;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace ChatBot.Hosting;

/// <summary>The HTTP surface: the Bot Framework messaging endpoint and health checks.</summary>
public static class BotEndpoints
{
    /// <summary>No activity a user can send comes near this; a larger body is refused (413).</summary>
    public const long MaxActivityBytes = 256 * 1024;

    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", HandleMessagesAsync);
        app.MapGet("/healthz", () => Results.Ok(new { status = "alive" }));
        app.MapGet("/healthz/ready", (IndexingState state) => state.IsReady
            ? Results.Ok(new { status = "ready", articlesRead = state.ArticlesRead, articlesTotal = state.ArticlesTotal })
            : Results.Json(new { status = "indexing", articlesRead = state.ArticlesRead, articlesTotal = state.ArticlesTotal }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }

    private static async Task HandleMessagesAsync(HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, ILoggerFactory loggers)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxActivityBytes;
        if (context.Request.ContentLength > MaxActivityBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (!BearerToken.IsAbsentOrWellFormed(context.Request.Headers.Authorization))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        try
        {
            if (await ActivityRequestCheck.ProblemAsync(context.Request, context.RequestAborted).ConfigureAwait(false) is { } problem)
            {
                // The reason only, never the body: it may hold what a user typed.
                loggers.CreateLogger(typeof(BotEndpoints)).LogInformation("Refused an activity ({Status}): {Reason}", problem.Status, problem.Reason);
                await Results.Problem(detail: problem.Reason, statusCode: problem.Status).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (IsAuthenticationFailure(e) && !context.Response.HasStarted)
        {
            // The SDK lets a malformed bearer token escape as an exception (a 500); it is the
            // caller's fault and must read as 401, like any other bad token.
            loggers.CreateLogger(typeof(BotEndpoints)).LogWarning("Refused a request with an unusable token: {Error}", e.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Exception e) when ((BearerToken.IsSigningKeysUnavailable(e) || IsMetadataUnavailable(e)) && !context.Response.HasStarted)
        {
            // The SDK could not fetch the OpenID metadata (signing keys) it needs to check the
            // token, e.g. offline: the token can be neither trusted nor rejected on its merits, so
            // the request is refused at once with 503 (Bot Connector retries on 503) instead of a
            // 500. Logged as an error: while it lasts, real channels are refused too.
            var reason = e.Message;
            var detail = reason.IndexOf(" Exception: ", StringComparison.Ordinal);
            loggers.CreateLogger(typeof(BotEndpoints)).LogError("Refused a request: the token's signing keys could not be fetched: {Error}", detail > 0 ? reason[..detail] : reason);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = e.StatusCode;
        }
    }

    /// <summary>IdentityModel's ConfigurationManager reports metadata it could not retrieve
    /// as IDX20803 ("Unable to obtain configuration from ...").</summary>
    private static bool IsMetadataUnavailable(Exception e) =>
        e.Message.StartsWith("IDX20803:", StringComparison.Ordinal)
        || e.InnerException is InvalidOperationException inner && IsMetadataUnavailable(inner);

    private static bool IsAuthenticationFailure(Exception e) =>
        e is UnauthorizedAccessException or SecurityTokenException or ArgumentException { ParamName: "token" }
        || e.InnerException is { } inner && IsAuthenticationFailure(inner);
}
