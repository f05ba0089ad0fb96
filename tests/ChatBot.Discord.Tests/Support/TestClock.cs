using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that logs every timer's due time, so a test can wait until the code under test is actually waiting before it advances the clock.</summary>
public sealed class TestClock : FakeTimeProvider
{
    public TestClock()
        : base(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public AsyncLog<TimeSpan> Timers { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Timers.Add(dueTime);
        return timer;
    }

    /// <summary>Waits for a timer whose due time matches, then moves the clock by that much.</summary>
    public async Task<TimeSpan> AdvanceToTimerAsync(Func<TimeSpan, bool> match, string what)
    {
        var due = await Timers.TakeAsync(match, "timer: " + what);
        Advance(due);
        return due;
    }
}
