using ChatBot.Moderation.Notifications;

namespace ChatBot.Tests.Support;

/// <summary>A moderators' chat that is down: every notice throws, before any await (the harshest case for a caller).</summary>
public sealed class ThrowingNotifier : IModeratorNotifier
{
    public Task NotifyAsync(string text, CancellationToken cancellationToken) => throw new HttpRequestException("moderators' chat unreachable (simulated)");
}
