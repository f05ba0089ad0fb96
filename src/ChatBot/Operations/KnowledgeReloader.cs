using ChatBot.Core.Intents;
using ChatBot.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Operations;

/// <summary>
/// The one way operations reload knowledge (/reload and the file watcher): one reload at a time through
/// <see cref="EngineHolder.TryReload"/>, which keeps the last good engine on errors; a rejection is told to the moderators
/// through every registered notifier (<see cref="SafeAggregateNotifier"/>).
/// </summary>
internal sealed class KnowledgeReloader(EngineHolder engines, SafeAggregateNotifier notifier, ILogger<KnowledgeReloader> logger)
{
    private readonly Lock _gate = new();

    /// <summary>Raised after every reload, accepted or not (tests and diagnostics).</summary>
    public event Action<ReloadOutcome>? Reloaded;

    /// <summary>Reloads; <paramref name="trigger"/> says why, for the moderators' notice ("A file change", "/reload").</summary>
    public async Task<ReloadOutcome> ReloadAsync(string trigger, CancellationToken cancellationToken)
    {
        var outcome = Reload();
        if (!outcome.Accepted)
        {
            try
            {
                await notifier.NotifyAsync($"{trigger}: {outcome.Describe()}", cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Telling the moderators about a rejected reload failed");
            }
        }

        try
        {
            Reloaded?.Invoke(outcome);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A reload observer failed");
        }

        return outcome;
    }

    private ReloadOutcome Reload()
    {
        lock (_gate)
        {
            try
            {
                var errors = engines.TryReload().Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToList();
                return new ReloadOutcome(errors.Count == 0, engines.Current.Knowledge.Intents.Count, errors);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError(ex, "Reload failed: the knowledge folders could not be read; still serving the last good version");
                return new ReloadOutcome(false, engines.Current.Knowledge.Intents.Count, [$"the knowledge folders could not be read: {ex.Message}"]);
            }
        }
    }
}
