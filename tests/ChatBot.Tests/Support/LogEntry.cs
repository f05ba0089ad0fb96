using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Support;

/// <summary>One captured log line.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    /// <summary>Everything a log sink would write: the message and the exception's full text.</summary>
    public string FullText => Exception is null ? Message : $"{Message}\n{Exception}";
}
