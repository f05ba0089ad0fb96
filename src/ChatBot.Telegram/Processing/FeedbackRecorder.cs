using System.Globalization;
using ChatBot.Moderation.Feedback;
using ChatBot.Moderation.Log;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Processing;

/// <summary>
/// Thumbs-up/down for answers: on only when the host registered an <see cref="IQuestionLog"/>. Remembers which question
/// each recent answer (chat id and message id) answered, so a press is logged with its question; a log that fails is
/// logged here and never reaches the reader.
/// </summary>
internal sealed class FeedbackRecorder(ILogger<FeedbackRecorder> logger, IQuestionLog? log = null)
{
    private readonly AnsweredQuestions _answers = new();

    /// <summary>True when presses can be recorded, so answers carry the buttons.</summary>
    public bool Enabled => log is not null;

    /// <summary>Remembers that message <paramref name="messageId"/> in <paramref name="chatId"/> answered <paramref name="question"/> with <paramref name="intentId"/>.</summary>
    public void Remember(long chatId, int messageId, string question, string intentId) =>
        _answers.Remember(Key(chatId, messageId), new AnsweredQuestion(question, intentId));

    /// <summary>What the answer at <paramref name="chatId"/>/<paramref name="messageId"/> answered, if still remembered.</summary>
    public bool TryRecall(long chatId, int messageId, out AnsweredQuestion answered) => _answers.TryRecall(Key(chatId, messageId), out answered);

    /// <summary>Appends the press to the question log; returns false (after logging why) when the log failed.</summary>
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
            logger.LogError(ex, "Recording a thumbs-{Direction} for intent {Intent} in the question log failed; the reader was thanked all the same", helpful ? "up" : "down", answered.IntentId);
            return false;
        }
    }

    private static string Key(long chatId, int messageId) => string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
}
