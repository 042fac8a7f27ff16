using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace ChatBot.Bot;

/// <summary>
/// The question a user typed, without the channel's wrapping. Teams puts "&lt;at&gt;Bot
/// Name&lt;/at&gt;" into every group-chat and channel message that reaches the bot, with a
/// <c>mention</c> entity naming the bot; Slack starts a message addressed to the bot with
/// "&lt;@U…&gt;" and escapes &amp;, &lt; and &gt;. None of that may become part of the question.
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
        // A mention at the very start addresses the bot even when no entity says so (another
        // client's shape of the same mention); other people mentioned keep their names, which
        // may well be what the question is about.
        text = LeadingAtTag().Replace(text, " ");
        text = AtTag().Replace(text, "${name}");
        if (string.Equals(activity.ChannelId, "slack", StringComparison.OrdinalIgnoreCase))
            text = WebUtility.HtmlDecode(LeadingSlackMention().Replace(text, " "));
        // The gap a removed mention leaves.
        return Spaces().Replace(text, " ").Trim();
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


    [GeneratedRegex("[ \t]{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LeadingAtTag();

    [GeneratedRegex("<at[^>]*>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSlackMention();
}
