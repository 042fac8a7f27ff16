using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Answering.Evaluation;

/// <summary>
/// One row of a question set (shared/eval/*.jsonl): the message to send and what the reply must
/// show: <c>all</c> of these, <c>any</c> one of these, <c>forbid</c> none of these. Rows sharing
/// <c>conv</c> are asked in order in one conversation.
/// </summary>
public sealed record QuestionSetRow(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("ask")] string Ask,
    [property: JsonPropertyName("all")] IReadOnlyList<string>? All,
    [property: JsonPropertyName("any")] IReadOnlyList<string>? Any,
    [property: JsonPropertyName("forbid")] IReadOnlyList<string>? Forbid,
    [property: JsonPropertyName("conv")] string? Conversation)
{
    public static IReadOnlyList<QuestionSetRow> ReadFile(string path) =>
        File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<QuestionSetRow>(line) ?? throw new FormatException($"{path}: empty row"))
            .ToList();

    /// <summary>Rows grouped into conversations, in file order; a row without <c>conv</c> is a
    /// conversation of its own.</summary>
    public static IEnumerable<IReadOnlyList<QuestionSetRow>> Conversations(IReadOnlyList<QuestionSetRow> rows)
    {
        var groups = new List<List<QuestionSetRow>>();
        var byName = new Dictionary<string, List<QuestionSetRow>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Conversation is { } name && byName.TryGetValue(name, out var existing))
            {
                existing.Add(row);
                continue;
            }
            var group = new List<QuestionSetRow> { row };
            groups.Add(group);
            if (row.Conversation is { } newName)
                byName[newName] = group;
        }
        return groups;
    }
}
