using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;

namespace ChatBot.Moderation.Tests.Support;

/// <summary>Builds question records with sensible defaults.</summary>
public static class Questions
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static QuestionRecord Declined(string question, string? closest = null, DateTimeOffset? at = null) =>
        new(at ?? Noon, "telegram", UserHashing.Hash("telegram", "42"), AnswerKind.Declined, 0.2, null, closest, question);

    public static QuestionRecord Answered(string question, string intent, double confidence = 0.9, DateTimeOffset? at = null) =>
        new(at ?? Noon, "discord", UserHashing.Hash("discord", "7"), AnswerKind.Answered, confidence, intent, intent, question);
}
