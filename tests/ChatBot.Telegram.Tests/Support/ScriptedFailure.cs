namespace ChatBot.Telegram.Tests.Support;

/// <summary>An error the fake server answers the next call of a method with.</summary>
public sealed record ScriptedFailure(int Status, string Description, int? RetryAfter = null);
