using ChatBot.Discord.Gateway;
using ChatBot.Discord.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Hosting;

/// <summary>
/// Runs the gateway loop and the answer workers. Stopping closes the gateway (code 1000), lets the workers finish the
/// queued events until the host's shutdown timeout, then cancels what is left.
/// </summary>
internal sealed class DiscordAdapterService(
    GatewayClient gateway,
    DispatchQueue queue,
    DiscordRequestHandler handler,
    ILogger<DiscordAdapterService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopGateway = new();
    private readonly CancellationTokenSource _stopWork = new();
    private Task _gateway = Task.CompletedTask;
    private IReadOnlyList<Task> _workers = [];

    /// <summary>Completes when the gateway loop has ended (shutdown or a fatal close code).</summary>
    public Task Gateway => _gateway;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = queue.StartWorkers(handler.HandleAsync, _stopWork.Token);
        _gateway = Task.Run(() => RunGatewayAsync(_stopGateway.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopGateway.CancelAsync().ConfigureAwait(false);
        try
        {
            await _gateway.WaitAsync(cancellationToken).ConfigureAwait(false);
            queue.Complete();
            await Task.WhenAll(_workers).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Discord adapter shutdown timed out; abandoning unanswered events");
            queue.Complete();
            await _stopWork.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stopGateway.Dispose();
        _stopWork.Dispose();
    }

    private async Task RunGatewayAsync(CancellationToken stopping)
    {
        try
        {
            await gateway.RunAsync(stopping).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The Discord gateway loop failed; the Discord adapter has stopped");
        }
    }
}
