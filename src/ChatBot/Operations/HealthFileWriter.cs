using ChatBot.Core.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>
/// The container heartbeat: writes health.json at start and every <see cref="ModerationOptions.HealthInterval"/> on the
/// injected clock, and "stopped" on shutdown. The <c>health</c> verb (Docker's HEALTHCHECK) reads it.
/// </summary>
internal sealed class HealthFileWriter(IEngineSource engines, IOptions<ModerationOptions> options, TimeProvider time, ILogger<HealthFileWriter> logger) : BackgroundService
{
    private bool _failing;

    /// <summary>Raised after each successful write (tests).</summary>
    public event Action<HealthReport>? Written;

    /// <inheritdoc/>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        Write(HealthReport.Stopped);
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HealthInterval, time);
        do
        {
            Write(HealthReport.Healthy);
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Write(string status)
    {
        var report = new HealthReport(status, time.GetUtcNow(), engines.Current.Knowledge.Intents.Count);
        try
        {
            HealthFile.Write(options.Value.DataDirectory, report);
            if (_failing)
            {
                logger.LogInformation("The health file is written again");
                _failing = false;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (!_failing)
            {
                logger.LogError(ex, "Writing the health file failed; the container will report unhealthy until it works");
                _failing = true;
            }

            return;
        }

        Written?.Invoke(report);
    }
}
