using System.Collections.Concurrent;
using System.Threading.Channels;
using ChatBot.Testing;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>Captures every log entry (Debug and up) so tests can await a message and check nothing leaks the token.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly Channel<LogEntry> _errors = Channel.CreateUnbounded<LogEntry>();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>The next Error-level entry.</summary>
    public Task<LogEntry> NextErrorAsync() => _errors.Reader.ReadAsync().AsTask();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogEntry entry)
    {
        _entries.Enqueue(entry);
        if (entry.Level >= LogLevel.Error)
        {
            _errors.Writer.TryWrite(entry);
        }
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
