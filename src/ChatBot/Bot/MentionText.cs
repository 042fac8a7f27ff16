using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// The question a user typed, without the channel's wrapping: Teams puts "&lt;at&gt;Bot
/// Name&lt;/at&gt;" into messages that mention the bot, which must not become part of the
/// question.
/// </summary>
internal static partial class MentionText
{
    public static string QuestionOf(IMessageActivity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var mention in MentionsOf(activity))
        {
            if (mention.Mentioned?.Id == botId && !string.IsNullOrEmpty(mention.Text))
                text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
        }
        // Any other <at>…</at> markup left (another client's shape of the same mention).
        text = AtTag().Replace(text, " ");
        return text.Trim();
    }

    /// <summary>The activity's mention entities; none when a client sent ones that do not
    /// read as mentions (the SDK throws on, say, a "mentioned" that is a string), since a bad
    /// entity must not cost the user their answer.</summary>
    private static Mention[] MentionsOf(IMessageActivity activity)
    {
        try
        {
            return activity.GetMentions() ?? [];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
