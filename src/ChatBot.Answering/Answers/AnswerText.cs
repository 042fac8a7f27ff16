using System.Globalization;
using System.Text;

namespace ChatBot.Answering.Answers;

/// <summary>
/// Renders an answer as Markdown text: what the terminal prints and what most chat channels
/// show. Each result: the speaker, the words in full, and the source (headline, outlet, date,
/// paragraph, link), listing every outlet that carried the same words.
/// </summary>
public static class AnswerText
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(answer.Lead);
        foreach (var item in answer.Items)
        {
            text.Append("\n\n");
            text.Append(RenderItem(item));
        }
        if (answer.Detail is { } detail)
            text.Append("\n\n").Append(detail);
        if (answer.HasMore)
            text.Append("\n\nSay \"more\" to see more.");
        return text.ToString();
    }

    public static string RenderItem(AnswerItem item)
    {
        var text = new StringBuilder();
        switch (item.Kind)
        {
            case AnswerItemKind.Direct:
                text.Append($"**{item.Speaker ?? "Unnamed source"}**: “{item.Quote.Trim().TrimEnd(',')}”");
                break;
            case AnswerItemKind.Reported:
                // Reported speech is the reporter's words: show the whole sentence, marked as such.
                text.Append($"**{item.Speaker ?? "Unnamed source"}** (reported speech): {item.Sentence.Trim()}");
                break;
            default:
                text.Append(item.Sentence.Trim());
                break;
        }
        text.Append("\n\n");
        text.Append(item.Sources.Count == 1 ? "Source: " : $"Carried by {item.Sources.Count} outlets: ");
        text.Append(string.Join("; ", item.Sources.Select(SourceLine)));
        return text.ToString();
    }

    /// <summary>"*Headline*, Outlet (or file name), July 16, 2018, paragraph 7, [link](url)".</summary>
    public static string SourceLine(SourceReference source)
    {
        var parts = new List<string> { $"*{source.Headline}*" };
        // Without metadata the file is all we can point to.
        parts.Add(source.Outlet ?? source.ArticleId);
        if (source.Date is { } date)
            parts.Add(date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        parts.Add($"paragraph {source.Paragraph}");
        if (source.Url is { } url)
            parts.Add($"[link]({url})");
        return string.Join(", ", parts);
    }
}
