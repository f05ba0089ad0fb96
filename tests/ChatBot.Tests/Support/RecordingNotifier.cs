using System.Threading.Channels;
using ChatBot.Moderation.Notifications;

namespace ChatBot.Tests.Support;

/// <summary>A moderators' chat that keeps what it was told.</summary>
public sealed class RecordingNotifier : IModeratorNotifier
{
    private readonly Channel<string> _notices = Channel.CreateUnbounded<string>();

    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task NotifyAsync(string text, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        _notices.Writer.TryWrite(text);
        return Task.CompletedTask;
    }

    public Task<string> NextAsync() => _notices.Reader.ReadAsync().AsTask().WaitAsync(TestTimeouts.Signal);
}
