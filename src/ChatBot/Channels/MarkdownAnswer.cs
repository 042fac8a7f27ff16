using System.Text;
using ChatBot.Answering.Answers;

namespace ChatBot.Channels;

/// <summary>
/// The answer as Markdown (what <see cref="AnswerText"/> renders), with a citation marker
/// " [n]" after each source line for channels that turn markers into citations.
/// </summary>
internal static class MarkdownAnswer
{
    public static string Render(Answer answer, IReadOnlyList<CitedSource> cited)
    {
        var text = new StringBuilder(answer.Lead);
        foreach (var item in answer.Items)
        {
            text.Append("\n\n").Append(WithMarkers(AnswerText.RenderItem(item), cited.Where(c => ReferenceEquals(c.Item, item))));
        }
        if (answer.Detail is { } detail)
            text.Append("\n\n").Append(detail);
        if (answer.HasMore)
            text.Append("\n\nSay \"more\" to see more.");
        return text.ToString();
    }

    /// <summary>Puts "[n]" right after the n-th source's line inside one rendered result.</summary>
    private static string WithMarkers(string itemText, IEnumerable<CitedSource> cited)
    {
        var searchFrom = 0;
        foreach (var source in cited)
        {
            var line = AnswerText.SourceLine(source.Source);
            var at = itemText.IndexOf(line, searchFrom, StringComparison.Ordinal);
            if (at < 0)
                continue;
            var marker = $" [{source.Position}]";
            itemText = itemText.Insert(at + line.Length, marker);
            searchFrom = at + line.Length + marker.Length;
        }
        return itemText;
    }
}
