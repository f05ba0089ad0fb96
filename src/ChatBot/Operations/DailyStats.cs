using System.Globalization;
using System.Text;
using ChatBot.Core.Answers;
using ChatBot.Moderation.Log;
using ChatBot.Moderation.Review;

namespace ChatBot.Operations;

/// <summary>The /stats reply: questions since midnight UTC, the answered share, and the five most frequent unanswered questions.</summary>
internal sealed class DailyStats(IQuestionLog log, TimeProvider time)
{
    public const int TopUnanswered = 5;

    public async Task<string> DescribeTodayAsync(CancellationToken cancellationToken)
    {
        var since = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);
        var counts = await log.CountByKindAsync(since, cancellationToken);
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return "Today (UTC): no questions yet.";
        }

        var answered = counts.Where(c => c.Kind == AnswerKind.Answered).Sum(c => c.Count);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Today (UTC): {total} questions, {answered} answered ({(double)answered / total:P0}).");
        var unanswered = (await log.ReadQuestionsAsync(since, cancellationToken)).Where(q => q.Unanswered);
        var top = QuestionGrouper.Group(unanswered).Take(TopUnanswered).ToList();
        if (top.Count == 0)
        {
            text.Append("\nNothing went unanswered.");
            return text.ToString();
        }

        text.Append("\nTop unanswered:");
        foreach (var group in top)
        {
            var closest = group.ClosestIntentId is { } id ? $", closest: {id}" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n{group.Count} x \"{group.Representative}\"{closest}");
        }

        return text.ToString();
    }
}
