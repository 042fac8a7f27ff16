using System.Text;
using ChatBot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ChatBot.DirectLine;

/// <summary>
/// Maps the token endpoint the Web Chat page calls (<see cref="DirectLineTokenEndpoint"/>) and
/// the built-in Direct Line 3.0 endpoint (start conversation, post activity, get activities
/// with a watermark or stream them over a web socket, refresh token) that lets the unmodified
/// Web Chat client talk to the bot with nothing but this host.
/// </summary>
public static class DirectLineEndpoints
{
    public const string TokenPath = "/api/directline/token";
    public const string BasePath = "/v3/directline";

    /// <summary>Activities per GET at most; the client asks again with the new watermark.</summary>
    public const int MaxActivitiesPerPage = 100;

    private static readonly string[] AcceptedTypes = [ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing];

    // Bot Framework activities are Newtonsoft-annotated; they go out as the SDK writes them.
    private static readonly JsonSerializerSettings ActivityJson = new() { NullValueHandling = NullValueHandling.Ignore };

    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.MapPost(TokenPath, DirectLineTokenEndpoint.IssueAsync);
        if (!app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.UsesBuiltInDirectLine)
            return app; // production: Azure's Direct Line is the only way in.

        app.UseWebSockets();
        var directLine = app.MapGroup(BasePath);
        directLine.MapPost("/conversations", StartConversationAsync);
        directLine.MapGet("/conversations/{conversationId}", Reconnect);
        directLine.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        directLine.MapGet("/conversations/{conversationId}/activities", GetActivities);
        directLine.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        directLine.MapPost("/tokens/refresh", RefreshToken);
        return app;
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext context, DirectLineConversationStore conversations, DirectLineTokenIssuer tokens, DirectLineTurns turns)
    {
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId: null);
        if (conversation is null)
            return refused!;
        var userId = await UserIdOfStartAsync(context.Request).ConfigureAwait(false);
        await turns.StartAsync(conversation, userId, DomainOf(context.Request), context.RequestAborted).ConfigureAwait(false);
        return Results.Json(Conversation(conversation.Id, tokens, streamFrom: (context.Request, 0)), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Direct Line's reconnect: a fresh token and stream URL for a known conversation.</summary>
    private static IResult Reconnect(HttpContext context, string conversationId, string? watermark, DirectLineConversationStore conversations, DirectLineTokenIssuer tokens)
    {
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId);
        if (conversation is null)
            return refused!;
        if (!TryReadWatermark(watermark, out var seen))
            return BadWatermark();
        return Results.Json(Conversation(conversation.Id, tokens, streamFrom: (context.Request, seen)));
    }

    /// <summary>The conversation's activities over a web socket, from the watermark on. Browsers
    /// cannot set headers on a web socket, so the token comes in the URL (<c>t=</c>), as on Azure.</summary>
    private static async Task<IResult> StreamAsync(
        HttpContext context, string conversationId, string? watermark, string? t, DirectLineConversationStore conversations,
        DirectLineTokenIssuer tokens, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineError.Of(StatusCodes.Status400BadRequest, "BadArgument", "Connect to the stream with a web socket.");
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId, queryToken: t);
        if (conversation is null)
            return refused!;
        if (!TryReadWatermark(watermark, out var seen))
            return BadWatermark();
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        // Ends with the client or with the host: a shutdown must not wait for open sockets.
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await DirectLineStream.RunAsync(socket, conversation.Id, seen, conversations, ActivityJson, ending.Token).ConfigureAwait(false);
        return Results.Empty;
    }

    private static IResult RefreshToken(HttpContext context, DirectLineConversationStore conversations, DirectLineTokenIssuer tokens)
    {
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId: null);
        return conversation is null ? refused! : Results.Json(Conversation(conversation.Id, tokens));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext context, string conversationId, DirectLineConversationStore conversations, DirectLineTokenIssuer tokens,
        DirectLineTurns turns, IOptions<DirectLineOptions> options)
    {
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId);
        if (conversation is null)
            return refused!;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = BotEndpoints.MaxActivityBytes;
        if (context.Request.ContentLength > BotEndpoints.MaxActivityBytes)
            return DirectLineError.Of(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is too large.");

        Activity? activity;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false));
        }
        catch (JsonException)
        {
            return DirectLineError.Of(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a JSON activity.");
        }
        catch (BadHttpRequestException e)
        {
            // A body over the limit without a Content-Length, or one cut short.
            return DirectLineError.Of(e.StatusCode, "BadArgument", "The activity could not be read.");
        }
        if (activity is null || !AcceptedTypes.Contains(activity.Type) || string.IsNullOrWhiteSpace(activity.From?.Id))
            return DirectLineError.Of(StatusCodes.Status400BadRequest, "BadArgument", "An activity needs a type (message, event or typing) and from.id.");
        if (conversation.Count >= options.Value.MaxActivitiesPerConversation)
            return DirectLineError.Of(StatusCodes.Status429TooManyRequests, "ConversationFull", "This conversation is full; please start a new one.");

        var id = await turns.PostAsync(conversation, activity, DomainOf(context.Request), context.RequestAborted).ConfigureAwait(false);
        return Results.Json(new { id });
    }

    private static IResult GetActivities(HttpContext context, string conversationId, string? watermark, DirectLineConversationStore conversations, DirectLineTokenIssuer tokens)
    {
        var (conversation, refused) = DirectLineAuthorization.Authorize(context, tokens, conversations, conversationId);
        if (conversation is null)
            return refused!;
        if (!TryReadWatermark(watermark, out var seen))
            return BadWatermark();
        var (activities, next) = conversation.After(seen, MaxActivitiesPerPage);
        var body = JsonConvert.SerializeObject(new { activities, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ActivityJson);
        return Results.Text(body, "application/json", Encoding.UTF8);
    }

    /// <summary>A conversation with a new token; with <paramref name="streamFrom"/>, also the
    /// URL of its web socket stream from that watermark on.</summary>
    internal static DirectLineTokenResponse Conversation(
        string conversationId, DirectLineTokenIssuer tokens, string? domain = null, (HttpRequest Request, int Watermark)? streamFrom = null)
    {
        var token = tokens.Issue(conversationId);
        string? streamUrl = null;
        if (streamFrom is { } from)
        {
            var request = from.Request;
            var scheme = request.IsHttps ? "wss" : "ws";
            streamUrl = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{conversationId}/stream?watermark={from.Watermark}&t={Uri.EscapeDataString(token)}";
        }
        return new(conversationId, token, (int)tokens.Lifetime.TotalSeconds, domain, streamUrl);
    }

    /// <summary>The built-in Direct Line's base URL as the caller reached it.</summary>
    internal static string DomainOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    /// <summary>A watermark is a count this endpoint returned; none means from the start.</summary>
    private static bool TryReadWatermark(string? watermark, out int seen)
    {
        seen = 0;
        return string.IsNullOrEmpty(watermark) || (int.TryParse(watermark, out seen) && seen >= 0);
    }

    private static IResult BadWatermark() =>
        DirectLineError.Of(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be one this endpoint returned.");

    /// <summary>Direct Line's start body may name the user (<c>{"user":{"id":...}}</c>); it is optional.</summary>
    private static async Task<string?> UserIdOfStartAsync(HttpRequest request)
    {
        if (request.ContentLength is null or 0 || request.ContentLength > 4096)
            return null;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var start = JsonConvert.DeserializeAnonymousType(await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false), new { user = (ChannelAccount?)null });
            return start?.user?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
