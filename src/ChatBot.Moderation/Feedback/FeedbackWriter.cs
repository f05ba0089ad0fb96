using ChatBot.Moderation.Log;
using Microsoft.Extensions.Logging;

namespace ChatBot.Moderation.Feedback;

/// <summary>
/// Appends thumbs-up/down to the question log, when the host registered one, with the failure isolated: a log that
/// throws is logged here and never reaches the person who pressed the button (they are thanked all the same).
/// </summary>
/// <param name="logger">Where a failing log is reported (the adapter's own category).</param>
/// <param name="log">The question log; null when feedback is off.</param>
/// <param name="thanked">Who the adapter thanks whatever happens ("user", "reader"), named in the failure's log line.</param>
public sealed class FeedbackWriter(ILogger logger, IQuestionLog? log, string thanked)
{
    /// <summary>True when presses can be recorded.</summary>
    public bool Enabled => log is not null;

    /// <summary>Appends the press to the question log; returns false (after logging why) when the log failed or feedback is off.</summary>
    public async Task<bool> RecordAsync(string platform, AnsweredQuestion answered, bool helpful, CancellationToken cancellationToken)
    {
        if (log is null)
        {
            return false;
        }

        try
        {
            await log.RecordFeedbackAsync(platform, answered.Question, answered.IntentId, helpful, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Recording a thumbs-{Direction} for intent {Intent} in the question log failed; the {Thanked} was thanked all the same", helpful ? "up" : "down", answered.IntentId, thanked);
            return false;
        }
    }
}
