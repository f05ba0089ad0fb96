using ChatBot.Moderation.Log;

namespace ChatBot.Tests.Support;

/// <summary>A question log whose storage is broken: every call throws.</summary>
public sealed class ThrowingQuestionLog : IQuestionLog
{
    public ValueTask RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken = default) => throw Broken();

    public ValueTask RecordFeedbackAsync(string platform, string question, string? intentId, bool helpful, CancellationToken cancellationToken = default) => throw Broken();

    public ValueTask<IReadOnlyList<QuestionRecord>> ReadQuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => throw Broken();

    public ValueTask<IReadOnlyList<FeedbackRecord>> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => throw Broken();

    public ValueTask<IReadOnlyList<KindCount>> CountByKindAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => throw Broken();

    public ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => throw Broken();

    private static IOException Broken() => new("disk I/O error (simulated)");
}
