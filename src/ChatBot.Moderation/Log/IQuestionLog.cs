namespace ChatBot.Moderation.Log;

/// <summary>
/// The moderators' record of what people asked and how the bot did. Any method may throw when the storage fails
/// (disk full, file locked, folder missing); callers on a reply path must catch, log and carry on, so a failing log
/// never changes a reply.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Appends one question.</summary>
    ValueTask RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends a thumbs-up (<paramref name="helpful"/> true) or thumbs-down for the reply to <paramref name="question"/>, stamped with
    /// the current time. <paramref name="question"/> is empty when the adapter no longer knows it (a button pressed after a restart).
    /// </summary>
    ValueTask RecordFeedbackAsync(string platform, string question, string? intentId, bool helpful, CancellationToken cancellationToken = default);

    /// <summary>Questions asked at or after <paramref name="since"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<QuestionRecord>> ReadQuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Feedback given at or after <paramref name="since"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<FeedbackRecord>> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>How many questions got each kind of reply at or after <paramref name="since"/> (kinds with none are left out).</summary>
    ValueTask<IReadOnlyList<KindCount>> CountByKindAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Deletes questions and feedback older than <paramref name="cutoff"/>; returns how many rows went.</summary>
    ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
