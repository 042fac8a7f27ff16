using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Observability;

/// <summary>One log entry as written: its structured values too, as a log store keeps them.</summary>
public sealed record RecordedLog(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Values, string? Exception)
{
    /// <summary>Everything of the entry that could end up in a log store, as one text.</summary>
    public string AllText => $"{Category} {Message} {string.Join(' ', Values.Select(v => $"{v.Key}={v.Value}"))} {Exception}";
}
