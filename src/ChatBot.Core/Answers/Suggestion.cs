namespace ChatBot.Core.Answers;

/// <summary>A question the bot can answer, offered when it is unsure or has no answer.</summary>
public sealed record Suggestion(string IntentId, string Question);
