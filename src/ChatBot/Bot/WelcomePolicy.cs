using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// When the bot introduces itself. Installing it (Teams' installationUpdate "add") always
/// counts. In a group conversation (a Teams team or group chat, a Slack channel) only the bot
/// itself being added counts: greeting every colleague who joins the team later would be noise.
/// In a one-to-one conversation (the Emulator, Web Chat, a Teams personal chat) a person being
/// added counts, so the Emulator's single update adding both the user and the bot gets one
/// welcome. <see cref="WelcomeLedger"/> then makes sure a conversation hears it once.
/// </summary>
internal static class WelcomePolicy
{
    public static bool ShouldWelcome(IActivity activity)
    {
        if (activity.Type == ActivityTypes.InstallationUpdate)
            return string.Equals((activity as IInstallationUpdateActivity)?.Action, "add", StringComparison.OrdinalIgnoreCase);
        if (activity.Type != ActivityTypes.ConversationUpdate || activity is not IConversationUpdateActivity update)
            return false;
        var botId = activity.Recipient?.Id;
        var added = update.MembersAdded ?? [];
        return IsGroup(activity)
            ? added.Any(m => m.Id == botId)
            : added.Any(m => m.Id != botId);
    }

    /// <summary>The conversation a welcome belongs to: a Teams channel thread id
    /// ("…;messageid=…") is the channel's own conversation for this purpose.</summary>
    public static string ConversationKey(IActivity activity)
    {
        var id = activity.Conversation?.Id ?? "";
        var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return $"{activity.ChannelId}/{(thread >= 0 ? id[..thread] : id)}";
    }

    private static bool IsGroup(IActivity activity) => activity.Conversation?.IsGroup == true
        || activity.Conversation?.ConversationType is "groupChat" or "channel";
}
