using ChatBot.Core.Answers;

namespace ChatBot.Moderation.Log;

/// <summary>One question as the question log keeps it: no token, no user id in clear (only <see cref="UserHash"/>).</summary>
/// <param name="At">When the question was asked.</param>
/// <param name="Platform">As in <c>ConversationKey.Platform</c>: "telegram", "discord", "console".</param>
/// <param name="UserHash">SHA-256 of "platform:userId" (<see cref="UserHashing"/>), or null when unknown.</param>
/// <param name="Kind">What the bot replied with.</param>
/// <param name="Confidence">The engine's confidence (0-1).</param>
/// <param name="IntentId">The intent answered, when one was.</param>
/// <param name="ClosestIntentId">For unanswered and low-confidence questions, the intent the question came closest to.</param>
/// <param name="Question">The question text.</param>
public sealed record QuestionRecord(
    DateTimeOffset At,
    string Platform,
    string? UserHash,
    AnswerKind Kind,
    double Confidence,
    string? IntentId,
    string? ClosestIntentId,
    string Question)
{
    /// <summary>True for replies that stated no fact and were not small talk: "did you mean" and declines.</summary>
    public bool Unanswered => Kind is AnswerKind.DidYouMean or AnswerKind.Declined;
}
