using ChatBot.Moderation.Notifications;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>
/// Tells every registered <see cref="IModeratorNotifier"/> at once (the log always, plus each adapter's moderators' chat).
/// One that throws is logged and never stops the others, like Serilog's SafeAggregateSink; so this one never throws,
/// except <see cref="OperationCanceledException"/> when the caller's token fires.
/// </summary>
internal sealed class SafeAggregateNotifier(IEnumerable<IModeratorNotifier> notifiers, ILogger<SafeAggregateNotifier> logger) : IModeratorNotifier
{
    private readonly IModeratorNotifier[] _notifiers = [.. notifiers.Where(n => n is not SafeAggregateNotifier)];

    /// <summary>The notifiers told (for checks of the wiring).</summary>
    public IReadOnlyList<IModeratorNotifier> Notifiers => _notifiers;

    /// <inheritdoc/>
    public Task NotifyAsync(string text, CancellationToken cancellationToken) =>
        Task.WhenAll(_notifiers.Select(notifier => NotifyOneAsync(notifier, text, cancellationToken)));

    // Async so that a notifier throwing before its first await is caught here too.
    private async Task NotifyOneAsync(IModeratorNotifier notifier, string text, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(text, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Telling the moderators through {Notifier} failed; the other notifiers are not affected", notifier.GetType().Name);
        }
    }
}
