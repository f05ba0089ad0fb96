namespace ChatBot.Moderation.Notifications;

/// <summary>
/// Tells the moderators' chat about something they need to act on, such as an intent edit that was rejected.
/// Every registered notifier is told (register with <c>TryAddEnumerable</c>; the host always keeps one that logs).
/// Implementations may throw when delivery fails; callers log the failure and carry on (a notice is never worth a crash),
/// and one notifier's failure never stops the others.
/// </summary>
public interface IModeratorNotifier
{
    /// <summary>Delivers <paramref name="text"/> (plain text, may span lines) to the moderators.</summary>
    Task NotifyAsync(string text, CancellationToken cancellationToken);
}
