using ChatBot.Moderation.Log;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>Deletes questions and feedback older than <see cref="ModerationOptions.RetentionDays"/>, at start and every <see cref="ModerationOptions.PurgeInterval"/> on the injected clock.</summary>
internal sealed class QuestionLogPurger(IQuestionLog log, IOptions<ModerationOptions> options, TimeProvider time, ILogger<QuestionLogPurger> logger) : BackgroundService
{
    /// <summary>Raised after each purge with the rows deleted (tests).</summary>
    public event Action<int>? Purged;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, time);
        try
        {
            do
            {
                await PurgeAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PurgeAsync(CancellationToken stoppingToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        int deleted;
        try
        {
            deleted = await log.PurgeAsync(cutoff, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Purging the question log failed; will try again in {Interval}", options.Value.PurgeInterval);
            return;
        }

        if (deleted > 0)
        {
            logger.LogInformation("Purged {Deleted} questions and feedback older than {Days} days", deleted, options.Value.RetentionDays);
        }

        Purged?.Invoke(deleted);
    }
}
