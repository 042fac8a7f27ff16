using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Observability;

/// <summary>Records every log entry the host writes (level, category, message, structured
/// values and exception text), so tests can check what operators would see.</summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _entries = new();

    public IReadOnlyList<RecordedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Recorder(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Recorder(string category, ConcurrentQueue<RecordedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new RecordedLog(logLevel, category, formatter(state, exception),
                values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.First().Value), exception?.ToString()));
        }
    }
}
