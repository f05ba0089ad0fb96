using System.Diagnostics;

namespace ChatBot.Benchmarks.Load;

/// <summary>
/// Every reply the fake server received, by the message it replies to (message ids are unique across chats here, 1 to
/// capacity): when the message was queued, how many replies it got and when the first one came, and which chat it was
/// for, so a reply in the wrong chat, to an unknown message, or a second reply to the same message is caught.
/// </summary>
internal sealed class ReplyLog(int capacity)
{
    private readonly long[] _chat = new long[capacity + 1];
    private readonly long[] _queuedAt = new long[capacity + 1];
    private readonly long[] _firstReplyAt = new long[capacity + 1];
    private readonly int[] _replies = new int[capacity + 1];
    private readonly object _gate = new();
    private readonly List<string> _samples = [];
    private int _distinct;
    private int _unexpected;
    private int _callbacks;
    private int _target = int.MaxValue;
    private TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Messages that got at least one reply.</summary>
    public int Distinct => Volatile.Read(ref _distinct);

    /// <summary>Replies to no queued message, or in another chat than the message's.</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    /// <summary>answerCallbackQuery calls (none expected: the load sends text messages only).</summary>
    public int Callbacks => Volatile.Read(ref _callbacks);

    public void Expect(LoadMessage message, long queuedAt)
    {
        _chat[message.MessageId] = message.ChatId;
        _queuedAt[message.MessageId] = queuedAt;
    }

    public void CallbackAnswered() => Interlocked.Increment(ref _callbacks);

    public void Record(long chatId, long replyTo, string? text, long at)
    {
        lock (_gate)
        {
            if (replyTo <= 0 || replyTo >= _chat.Length || _chat[replyTo] == 0 || _chat[replyTo] != chatId)
            {
                _unexpected++;
                Sample($"reply in chat {chatId} to unknown message {replyTo}: {Shorten(text)}");
                return;
            }

            if (++_replies[replyTo] > 1)
            {
                Sample($"reply #{_replies[replyTo]} to message {replyTo} in chat {chatId}: {Shorten(text)}");
                return;
            }

            _firstReplyAt[replyTo] = at;
            if (++_distinct >= _target)
            {
                _reached.TrySetResult();
            }
        }
    }

    /// <summary>Completes once <paramref name="distinct"/> messages in all have a reply.</summary>
    public Task WhenDistinct(int distinct)
    {
        lock (_gate)
        {
            _target = distinct;
            _reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_distinct >= distinct)
            {
                _reached.TrySetResult();
            }

            return _reached.Task;
        }
    }

    /// <summary>Replies per message and latencies for messages <paramref name="first"/> to <paramref name="last"/>.</summary>
    public ReplyTally Tally(int first, int last)
    {
        lock (_gate)
        {
            var (missing, duplicated) = (0, 0);
            var latencies = new List<double>(last - first + 1);
            var lastReply = 0L;
            for (var id = first; id <= last; id++)
            {
                switch (_replies[id])
                {
                    case 0:
                        missing++;
                        break;
                    case > 1:
                        duplicated++;
                        break;
                }

                if (_replies[id] > 0)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(_queuedAt[id], _firstReplyAt[id]).TotalMilliseconds);
                    lastReply = Math.Max(lastReply, _firstReplyAt[id]);
                }
            }

            latencies.Sort();
            return new ReplyTally(missing, duplicated, latencies, lastReply, [.. _samples]);
        }
    }

    private void Sample(string line)
    {
        if (_samples.Count < 5)
        {
            _samples.Add(line);
        }
    }

    private static string Shorten(string? text) => text is null ? "(no text)" : text.Length <= 80 ? text : text[..80] + "...";
}

/// <summary>What one range of messages got back.</summary>
internal sealed record ReplyTally(int Missing, int Duplicated, IReadOnlyList<double> LatenciesMs, long LastReplyAt, IReadOnlyList<string> Samples)
{
    public double Percentile(double p) =>
        LatenciesMs.Count == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Count) - 1, 0, LatenciesMs.Count - 1)];
}
