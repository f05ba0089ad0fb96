namespace ChatBot.Moderation.Feedback;

/// <summary>
/// Remembers, for the most recent <see cref="Capacity"/> replies, which question each answered, so a thumbs-up or
/// thumbs-down pressed on a reply can be logged with its question. Adapters choose the key (where the reply sits, e.g.
/// "chat:message"); the oldest entries are forgotten first, and everything is forgotten on restart. Thread-safe.
/// </summary>
public sealed class AnsweredQuestions(int capacity = AnsweredQuestions.DefaultCapacity)
{
    /// <summary>Replies remembered by default: at a few hundred bytes each, a few megabytes at most.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, AnsweredQuestion> _answers = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>How many replies are remembered at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be positive.");

    /// <summary>Remembers that the reply at <paramref name="replyKey"/> answered <paramref name="answered"/>.</summary>
    public void Remember(string replyKey, AnsweredQuestion answered)
    {
        lock (_gate)
        {
            if (_answers.TryAdd(replyKey, answered))
            {
                _order.Enqueue(replyKey);
                while (_answers.Count > Capacity && _order.TryDequeue(out var oldest))
                {
                    _answers.Remove(oldest);
                }
            }
            else
            {
                _answers[replyKey] = answered;
            }
        }
    }

    /// <summary>What the reply at <paramref name="replyKey"/> answered, if it is still remembered.</summary>
    public bool TryRecall(string replyKey, out AnsweredQuestion answered)
    {
        lock (_gate)
        {
            return _answers.TryGetValue(replyKey, out answered!);
        }
    }
}
