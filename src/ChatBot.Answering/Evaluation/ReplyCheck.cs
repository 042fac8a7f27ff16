using System.Text;
using ChatBot.Answering.Questions;

namespace ChatBot.Answering.Evaluation;

/// <summary>
/// Checks a reply against a question-set row the way the set's README says: case-insensitive,
/// curly quotes, dashes and white space normalised, Markdown emphasis characters ignored.
/// </summary>
public static class ReplyCheck
{
    /// <summary>The reasons the reply fails the row; empty when it passes.</summary>
    public static IReadOnlyList<string> Failures(QuestionSetRow row, string reply)
    {
        var text = Comparable(reply);
        var failures = new List<string>();
        foreach (var wanted in row.All ?? [])
        {
            if (!text.Contains(Comparable(wanted), StringComparison.Ordinal))
                failures.Add($"missing \"{wanted}\"");
        }
        if (row.Any is { Count: > 0 } any && !any.Any(a => text.Contains(Comparable(a), StringComparison.Ordinal)))
            failures.Add($"none of {any.Count} expected phrases");
        foreach (var forbidden in row.Forbid ?? [])
        {
            if (text.Contains(Comparable(forbidden), StringComparison.Ordinal))
                failures.Add($"forbidden \"{forbidden}\"");
        }
        return failures;
    }

    public static string Comparable(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is '*' or '_' or '>' or '`')
                continue;
            builder.Append(c);
        }
        // Removing emphasis can leave double spaces.
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
