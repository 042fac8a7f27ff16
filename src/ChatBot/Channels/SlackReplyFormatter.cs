using System.Globalization;
using ChatBot.Answering.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ChatBot.Channels;

/// <summary>
/// Slack through Azure Bot Service: Bot Framework Markdown comes out badly there (links lose their
/// text, single newlines vanish), so every reply carries a native Slack message in
/// <c>channelData</c>: Block Kit <c>blocks</c> (one mrkdwn section per paragraph) and a
/// <c>text</c> fallback for notifications, plus <c>thread_ts</c> when the question was asked in a
/// thread. The activity's own text is the same mrkdwn with blank lines between paragraphs, for
/// anything that reads the text instead. No citation markers: Slack has no citation UI.
/// </summary>
internal sealed class SlackReplyFormatter : IChannelReplyFormatter
{
    /// <summary>Slack refuses a section text over 3000 characters.</summary>
    public const int MaxSectionLength = 3000;

    /// <summary>Slack refuses a message with more than 50 blocks.</summary>
    public const int MaxBlocks = 50;

    public IMessageActivity FormatAnswer(Answer answer, IActivity incoming)
    {
        var paragraphs = new List<string> { SlackMarkdown.FromMarkdown(answer.Lead) };
        foreach (var item in answer.Items)
        {
            paragraphs.Add(Words(item));
            paragraphs.Add((item.Sources.Count == 1 ? "Source: " : $"Carried by {item.Sources.Count} outlets: ")
                + string.Join("; ", item.Sources.Select(SourceLine)));
        }
        if (answer.Detail is { } detail)
            paragraphs.AddRange(Paragraphs(SlackMarkdown.FromMarkdown(detail)));
        if (answer.HasMore)
            paragraphs.Add("Say \"more\" to see more.");
        return Message(paragraphs, answer.Suggestions, incoming);
    }

    public IMessageActivity FormatText(string markdown, IReadOnlyList<string> suggestions, IActivity incoming) =>
        Message(Paragraphs(SlackMarkdown.FromMarkdown(markdown)).ToList(), suggestions, incoming);

    /// <summary>"*Speaker*: “words”", from the answer's fields rather than its Markdown, so
    /// asterisks or brackets inside a quote are shown as they were written.</summary>
    private static string Words(AnswerItem item) => item.Kind switch
    {
        AnswerItemKind.Direct => $"*{SlackMarkdown.Escape(item.Speaker ?? "Unnamed source")}*: “{SlackMarkdown.Escape(item.Quote.Trim().TrimEnd(','))}”",
        AnswerItemKind.Reported => $"*{SlackMarkdown.Escape(item.Speaker ?? "Unnamed source")}* (reported speech): {SlackMarkdown.Escape(item.Sentence.Trim())}",
        _ => SlackMarkdown.Escape(item.Sentence.Trim()),
    };

    /// <summary>"_Headline_, Outlet, July 16, 2018, paragraph 7, &lt;url|link&gt;".</summary>
    private static string SourceLine(SourceReference source)
    {
        var parts = new List<string> { $"_{SlackMarkdown.Escape(source.Headline)}_", SlackMarkdown.Escape(source.Outlet ?? source.ArticleId) };
        if (source.Date is { } date)
            parts.Add(date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        parts.Add($"paragraph {source.Paragraph}");
        if (source.Url is { } url)
            parts.Add(SlackMarkdown.Link(url, "link"));
        return string.Join(", ", parts);
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IMessageActivity Message(IReadOnlyList<string> paragraphs, IReadOnlyList<string> suggestions, IActivity incoming)
    {
        // Through Bot Framework a single newline is lost, so the plain text doubles every one.
        var text = string.Join("\n\n", paragraphs.Select(p => p.Replace("\n", "\n\n", StringComparison.Ordinal)));
        var blocks = new JArray();
        foreach (var paragraph in paragraphs.SelectMany(Sections).Take(MaxBlocks))
            blocks.Add(new JObject { ["type"] = "section", ["text"] = new JObject { ["type"] = "mrkdwn", ["text"] = paragraph } });
        var slackMessage = new JObject { ["text"] = text, ["blocks"] = blocks };
        if (SlackThread.Of(incoming) is { } threadTs)
            slackMessage["thread_ts"] = threadTs;

        var reply = Activity.CreateMessageActivity();
        reply.Text = text;
        reply.ChannelData = slackMessage;
        reply.SuggestedActions = SuggestedActionsFactory.Create(suggestions);
        return reply;
    }

    /// <summary>A paragraph longer than a section allows, split at line ends where possible.</summary>
    private static IEnumerable<string> Sections(string paragraph)
    {
        while (paragraph.Length > MaxSectionLength)
        {
            var cut = paragraph.LastIndexOf('\n', MaxSectionLength - 1);
            if (cut <= 0)
                cut = MaxSectionLength;
            yield return paragraph[..cut];
            paragraph = paragraph[cut..].TrimStart('\n');
        }
        yield return paragraph;
    }
}
