using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Telegram.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that lets a test await the creation of a timer, so it advances the clock only once
/// the code under test is really waiting (advancing earlier would make that wait start after the jump).
/// </summary>
public sealed class SignallingTimeProvider : FakeTimeProvider
{
    private readonly List<TimeSpan> _created = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _waiters = [];

    public SignallingTimeProvider()
        : base(new DateTimeOffset(2025, 3, 18, 12, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Completes with the due time of the first timer (created from now on) that <paramref name="match"/> accepts.</summary>
    public Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((match, done));
        }

        return done.Task;
    }

    /// <summary>Every timer due time requested so far.</summary>
    public IReadOnlyList<TimeSpan> CreatedTimers
    {
        get
        {
            lock (_waiters)
            {
                return [.. _created];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource<TimeSpan>> matched;
        lock (_waiters)
        {
            _created.Add(dueTime);
            matched = [.. _waiters.Where(w => w.Match(dueTime)).Select(w => w.Done)];
            _waiters.RemoveAll(w => matched.Contains(w.Done));
        }

        foreach (var done in matched)
        {
            done.TrySetResult(dueTime);
        }

        return timer;
    }
}
