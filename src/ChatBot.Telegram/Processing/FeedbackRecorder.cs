using System.Globalization;
using ChatBot.Moderation.Feedback;
using ChatBot.Moderation.Log;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Processing;

/// <summary>
/// Thumbs-up/down for answers: on only when the host registered an <see cref="IQuestionLog"/>. Remembers which question
/// each recent answer (chat id and message id) answered, so a press is logged with its question; a log that fails is
/// logged (by <see cref="FeedbackWriter"/>) and never reaches the reader.
/// </summary>
internal sealed class FeedbackRecorder(ILogger<FeedbackRecorder> logger, IQuestionLog? log = null)
{
    private readonly AnsweredQuestions _answers = new();
    private readonly FeedbackWriter _writer = new(logger, log, "reader");

    /// <summary>True when presses can be recorded, so answers carry the buttons.</summary>
    public bool Enabled => _writer.Enabled;

    /// <summary>Remembers that message <paramref name="messageId"/> in <paramref name="chatId"/> answered <paramref name="question"/> with <paramref name="intentId"/>.</summary>
    public void Remember(long chatId, int messageId, string question, string intentId) =>
        _answers.Remember(Key(chatId, messageId), new AnsweredQuestion(question, intentId));

    /// <summary>What the answer at <paramref name="chatId"/>/<paramref name="messageId"/> answered, if still remembered.</summary>
    public bool TryRecall(long chatId, int messageId, out AnsweredQuestion answered) => _answers.TryRecall(Key(chatId, messageId), out answered);

    /// <summary>Appends the press to the question log; returns false (after logging why) when the log failed.</summary>
    public Task<bool> RecordAsync(string platform, AnsweredQuestion answered, bool helpful, CancellationToken cancellationToken) =>
        _writer.RecordAsync(platform, answered, helpful, cancellationToken);

    private static string Key(long chatId, int messageId) => string.Create(CultureInfo.InvariantCulture, $"{chatId}:{messageId}");
}
