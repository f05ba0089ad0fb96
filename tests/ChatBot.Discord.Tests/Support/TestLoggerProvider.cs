using ChatBot.Testing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Support;

/// <summary>Captures every log line (Debug and up) so tests can await and assert on them.</summary>
public sealed class TestLoggerProvider : ILoggerProvider
{
    public AsyncLog<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, AsyncLog<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
