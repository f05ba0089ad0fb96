using ChatBot.Moderation.Notifications;
using ChatBot.Operations;
using ChatBot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Tests.Operations;

public sealed class SafeAggregateNotifierTests
{
    [Fact]
    public async Task WhenANotifierThrowsTheOthersAreStillTold()
    {
        var before = new RecordingNotifier();
        var after = new RecordingNotifier();
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var notifier = new SafeAggregateNotifier([before, new ThrowingNotifier(), new FaultingNotifier(), after], factory.CreateLogger<SafeAggregateNotifier>());

        await notifier.NotifyAsync("intents/money.yml:6: error: ...", CancellationToken.None);

        Assert.Equal("intents/money.yml:6: error: ...", await before.NextAsync());
        Assert.Equal("intents/money.yml:6: error: ...", await after.NextAsync());
        var errors = logs.Entries.Where(e => e.Level == LogLevel.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains(nameof(ThrowingNotifier)) && e.Exception is HttpRequestException);
        Assert.Contains(errors, e => e.Message.Contains(nameof(FaultingNotifier)) && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task ASlowNotifierDoesNotHoldUpTheOthers()
    {
        var slow = new GatedNotifier();
        var fast = new RecordingNotifier();
        var notifier = new SafeAggregateNotifier([slow, fast], NullLogger<SafeAggregateNotifier>.Instance);

        var notifying = notifier.NotifyAsync("notice", CancellationToken.None);

        Assert.Equal("notice", await fast.NextAsync());
        Assert.False(notifying.IsCompleted);
        slow.Gate.SetResult();
        await notifying.WaitAsync(TestTimeouts.Signal);
    }

    [Fact]
    public async Task CancellationIsPassedOnNotSwallowed()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var notifier = new SafeAggregateNotifier([new GatedNotifier()], NullLogger<SafeAggregateNotifier>.Instance);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => notifier.NotifyAsync("notice", cancelled.Token));
    }

    private sealed class FaultingNotifier : IModeratorNotifier
    {
        public async Task NotifyAsync(string text, CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("refused (simulated)");
        }
    }

    private sealed class GatedNotifier : IModeratorNotifier
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task NotifyAsync(string text, CancellationToken cancellationToken) => Gate.Task.WaitAsync(cancellationToken);
    }
}
