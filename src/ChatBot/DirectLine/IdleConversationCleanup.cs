using ChatBot.State;
using Microsoft.Extensions.Options;

namespace ChatBot.DirectLine;

/// <summary>
/// Every <see cref="DirectLineOptions.CleanupInterval"/>, forgets the built-in conversations
/// nobody has used for <see cref="DirectLineOptions.IdleTimeout"/>, and the bot's memory of
/// them (its follow-up context), so memory does not grow with every visitor.
/// </summary>
public sealed class IdleConversationCleanup(
    DirectLineConversationStore conversations,
    ConversationMemoryStore memories,
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
                CleanUp();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public void CleanUp()
    {
        var removed = conversations.RemoveIdle();
        foreach (var id in removed)
        {
            if (ConversationMemoryStore.KeyOf(DirectLineTurns.ChannelId, id) is { } key)
                memories.Forget(key);
        }
        if (removed.Count > 0)
            logger.LogInformation("Cleaned up {Count} idle Direct Line conversations; {Open} open", removed.Count, conversations.Count);
    }
}
