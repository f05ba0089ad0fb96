using ChatBot.Telegram.Routing;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Processing;

/// <summary>Where both receivers (polling and webhook) hand updates in: translate at the edge, then queue for the dispatcher.</summary>
internal sealed class UpdateIntake(UpdateTranslator translator, UpdateDispatcher dispatcher, ILogger logger)
{
    /// <param name="onHandled">Runs once the update is done with; for updates the bot ignores, right away.</param>
    public async ValueTask AcceptAsync(Update update, Action? onHandled, CancellationToken cancellationToken)
    {
        IncomingUpdate incoming;
        try
        {
            incoming = translator.Translate(update);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not read Telegram update {UpdateId}; skipping it", update.Id);
            onHandled?.Invoke();
            return;
        }

        if (incoming is IgnoredUpdate ignored)
        {
            logger.LogDebug("Ignoring Telegram update {UpdateId}: {Reason}", update.Id, ignored.Reason);
            onHandled?.Invoke();
            return;
        }

        await dispatcher.EnqueueAsync(new WorkItem(incoming, onHandled), cancellationToken);
    }
}
