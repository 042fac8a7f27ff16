using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ChatBot.DirectLine;

/// <summary>
/// Where the built-in Direct Line meets the bot: each activity a client posts becomes a turn of
/// the SAME CloudAdapter and bot every other channel uses, with <c>deliveryMode: expectReplies</c>
/// so the adapter hands the replies back instead of posting them to a connector. The user's own
/// message and the replies go into the conversation's stream, in that order.
/// </summary>
public sealed class DirectLineTurns(AdapterWithErrorHandler adapter, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string ChannelId = "webchat";

    /// <summary>The bot as it appears in the stream.</summary>
    public static ChannelAccount Bot { get; } = new("coverage-bot", "Coverage Bot", RoleTypes.Bot);

    /// <summary>Tells the bot the conversation started (Web Chat shows its welcome), once.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string? userId, string serviceUrl, CancellationToken cancellationToken)
    {
        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (conversation.Started)
                return;
            conversation.Started = true;
            var user = new ChannelAccount(string.IsNullOrWhiteSpace(userId) ? "user-" + conversation.Id : userId, role: RoleTypes.User);
            var update = new Activity(ActivityTypes.ConversationUpdate)
            {
                From = user,
                MembersAdded = [Bot, user],
            };
            Address(update, conversation, serviceUrl);
            await RunTurnAsync(conversation, update, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    /// <summary>Echoes the client's activity into the stream (with its id and channelData
    /// untouched apart from the id, which Web Chat needs to mark it sent), then runs the turn.
    /// Returns the activity's stream id.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        await conversation.TurnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Address(activity, conversation, serviceUrl);
            activity.From.Role = RoleTypes.User;
            activity.DeliveryMode = null;
            conversation.Append(activity);
            // The turn gets its own copy: the adapter and bot may change what they are handed,
            // and the stream must keep showing what the user sent.
            var turn = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity))!;
            await RunTurnAsync(conversation, turn, cancellationToken).ConfigureAwait(false);
            return activity.Id;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private async Task RunTurnAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var scope = scopes.CreateScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        var response = await adapter.ProcessTrustedActivityAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        if (response?.Body is not ExpectedReplies { Activities: { } replies })
            return;
        foreach (var reply in replies)
        {
            reply.Timestamp = clock.GetUtcNow();
            reply.From ??= Bot;
            reply.From.Role = RoleTypes.Bot;
            conversation.Append(reply);
        }
    }

    private void Address(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot;
        activity.Timestamp = clock.GetUtcNow();
        activity.CallerId = null; // the client does not get to say who called
    }
}
