using ChatBot.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>
/// Every <see cref="DirectLineOptions.CleanupInterval"/>, forgets the built-in conversations
/// nobody has used for <see cref="DirectLineOptions.IdleTimeout"/>, and the bot's memory of
/// them (its follow-up context), so memory does not grow with every visitor.
/// </summary>
public sealed class IdleConversationCleanup(
    DirectLineConversationStore conversations,
    ConversationState conversationState,
    AdapterWithErrorHandler adapter,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    ILogger<IdleConversationCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                await CleanUpAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var removed = conversations.RemoveIdle();
        foreach (var id in removed)
        {
            // ConversationState computes its own storage key from a turn's channel and
            // conversation; a bare turn context for the forgotten conversation lets it do so.
            using var context = new TurnContext(adapter, new Activity
            {
                ChannelId = DirectLineTurns.ChannelId,
                Conversation = new ConversationAccount(id: id),
            });
            await conversationState.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
        }
        if (removed.Count > 0)
            logger.LogInformation("Cleaned up {Count} idle Direct Line conversations; {Open} open", removed.Count, conversations.Count);
    }
}
