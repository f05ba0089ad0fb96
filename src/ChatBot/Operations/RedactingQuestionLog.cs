using ChatBot.Moderation.Log;

namespace ChatBot.Operations;

/// <summary>
/// The question log as the host and the adapters see it: every question is passed through <see cref="SecretRedactor"/>
/// before it reaches storage (logged questions and the adapters' thumbs-up/down alike); everything else passes through.
/// </summary>
internal sealed class RedactingQuestionLog(IQuestionLog inner, SecretRedactor redactor) : IQuestionLog
{
    /// <summary>The storage (for checks of the wiring).</summary>
    public IQuestionLog Inner => inner;

    /// <inheritdoc/>
    public ValueTask RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken = default) =>
        inner.RecordQuestionAsync(question with { Question = redactor.Redact(question.Question) }, cancellationToken);

    /// <inheritdoc/>
    public ValueTask RecordFeedbackAsync(string platform, string question, string? intentId, bool helpful, CancellationToken cancellationToken = default) =>
        inner.RecordFeedbackAsync(platform, redactor.Redact(question), intentId, helpful, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<QuestionRecord>> ReadQuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        inner.ReadQuestionsAsync(since, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<FeedbackRecord>> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        inner.ReadFeedbackAsync(since, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<KindCount>> CountByKindAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        inner.CountByKindAsync(since, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        inner.PurgeAsync(cutoff, cancellationToken);
}
