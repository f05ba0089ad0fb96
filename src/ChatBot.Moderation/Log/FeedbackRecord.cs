namespace ChatBot.Moderation.Log;

/// <summary>A reader's thumbs-up (<paramref name="Helpful"/> true) or thumbs-down on one reply.</summary>
public sealed record FeedbackRecord(DateTimeOffset At, string Platform, string Question, string? IntentId, bool Helpful);
