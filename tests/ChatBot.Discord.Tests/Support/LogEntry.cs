using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Support;

/// <summary>One captured log line.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : " " + Exception)}";
}
