using ChatBot.Moderation.Log;

namespace ChatBot.Moderation.Review;

/// <summary>Sums feedback per intent, keeping the intents with at least one thumbs-down, most thumbs-down first.</summary>
public static class FeedbackSummary
{
    /// <summary>Replies with no intent (declines) are listed under "(no intent)".</summary>
    public const string NoIntent = "(no intent)";

    /// <summary>The intents with thumbs-down among <paramref name="feedback"/>; feedback whose question was no longer known (blank) counts but lists no wording.</summary>
    public static IReadOnlyList<IntentFeedback> ThumbsDown(IEnumerable<FeedbackRecord> feedback) => feedback
        .GroupBy(f => f.IntentId ?? NoIntent, StringComparer.Ordinal)
        .Select(g => new IntentFeedback(
            g.Key,
            g.Count(f => !f.Helpful),
            g.Count(f => f.Helpful),
            g.Where(f => !f.Helpful && !string.IsNullOrWhiteSpace(f.Question)).Select(f => f.Question.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
        .Where(f => f.Down > 0)
        .OrderByDescending(f => f.Down)
        .ThenBy(f => f.Up)
        .ThenBy(f => f.IntentId, StringComparer.Ordinal)
        .ToList();
}
