using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Channels;

/// <summary>
/// Slack's "mrkdwn" from the Markdown the answering code writes: Slack shows <c>**bold**</c>
/// literally and turns <c>[text](url)</c> into a bare URL, so bold becomes <c>*bold*</c>, italics
/// <c>_italics_</c>, links <c>&lt;url|text&gt;</c>; and &amp;, &lt; and &gt; are escaped, as Slack
/// requires of message text.
/// </summary>
internal static partial class SlackMarkdown
{
    public static string FromMarkdown(string markdown)
    {
        var text = new StringBuilder();
        var at = 0;
        foreach (Match link in MarkdownLink().Matches(markdown))
        {
            text.Append(Emphasis(Escape(markdown[at..link.Index])));
            text.Append(Link(link.Groups["url"].Value, link.Groups["text"].Value));
            at = link.Index + link.Length;
        }
        text.Append(Emphasis(Escape(markdown[at..])));
        return text.ToString();
    }

    /// <summary>Text shown as is: only Slack's three control characters are escaped.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Link(string url, string text) =>
        $"<{url.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}|{Escape(text).Replace("|", "¦", StringComparison.Ordinal)}>";

    private static string Emphasis(string text)
    {
        // Bold first, parked on a control character so the italics pass does not see it.
        text = Bold().Replace(text, "\u0002${inner}\u0002");
        text = Italic().Replace(text, "_${inner}_");
        return text.Replace('\u0002', '*');
    }

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\*\*(?<inner>\S(?:.*?\S)?)\*\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w*])\*(?<inner>\S(?:[^*\n]*?\S)?)\*(?![\w*])")]
    private static partial Regex Italic();
}
