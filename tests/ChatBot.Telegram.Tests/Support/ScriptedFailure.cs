namespace ChatBot.Telegram.Tests.Support;

/// <summary>An error the fake server answers the next call of a method with; <paramref name="RawBody"/>, when set, is sent as it is instead of the JSON error.</summary>
public sealed record ScriptedFailure(int Status, string Description, int? RetryAfter = null, string? RawBody = null);
