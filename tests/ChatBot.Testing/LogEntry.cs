using Microsoft.Extensions.Logging;

namespace ChatBot.Testing;

/// <summary>One captured log line.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    /// <summary>Everything a log sink would write: the message and the exception's full text.</summary>
    public string FullText => Exception is null ? Message : $"{Message}\n{Exception}";

    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " " + Exception)}";
}
