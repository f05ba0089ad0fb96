using System.Threading.Channels;
using ChatBot.Moderation.Log;

namespace ChatBot.Testing;

/// <summary>A question log that keeps the feedback it is given (awaitable) and, when <see cref="Fail"/> is set, throws like a broken disk.</summary>
public sealed class RecordingQuestionLog : IQuestionLog
{
    private readonly Channel<FeedbackRecord> _feedback = Channel.CreateUnbounded<FeedbackRecord>();

    /// <summary>Makes every write throw.</summary>
    public bool Fail { get; set; }

    /// <summary>The next feedback recorded.</summary>
    public Task<FeedbackRecord> NextFeedbackAsync() => _feedback.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public ValueTask RecordFeedbackAsync(string platform, string question, string? intentId, bool helpful, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new IOException("disk I/O error (simulated)");
        }

        _feedback.Writer.TryWrite(new FeedbackRecord(DateTimeOffset.UnixEpoch, platform, question, intentId, helpful));
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordQuestionAsync(QuestionRecord question, CancellationToken cancellationToken = default) =>
        Fail ? throw new IOException("disk I/O error (simulated)") : ValueTask.CompletedTask;

    public ValueTask<IReadOnlyList<QuestionRecord>> ReadQuestionsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => new([]);

    public ValueTask<IReadOnlyList<FeedbackRecord>> ReadFeedbackAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => new([]);

    public ValueTask<IReadOnlyList<KindCount>> CountByKindAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => new([]);

    public ValueTask<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => new(0);
}
