using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>Writes the notice to the log as a warning; always registered, next to any adapter's notifier that posts to a moderators' chat.</summary>
internal sealed class LoggingModeratorNotifier(ILogger<LoggingModeratorNotifier> logger) : IModeratorNotifier
{
    /// <inheritdoc/>
    public Task NotifyAsync(string text, CancellationToken cancellationToken)
    {
        logger.LogWarning("Moderator notice: {Notice}", text);
        return Task.CompletedTask;
    }
}
