using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatBot.Benchmarks.Load;

/// <summary>Counts the adapter's warnings and errors (a healthy load run logs none) and keeps the first few.</summary>
internal sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _first = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> First => [.. _first];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        if (Interlocked.Increment(ref _count) <= 5)
        {
            _first.Enqueue(line);
        }
    }

    private sealed class Logger(CountingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})")}");
            }
        }
    }
}
