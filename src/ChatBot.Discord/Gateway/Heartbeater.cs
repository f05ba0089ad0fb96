namespace ChatBot.Discord.Gateway;

/// <summary>
/// Sends op 1 after <c>interval * jitter</c> and then every interval. When no ACK (op 11) arrived between two
/// heartbeats the connection is a zombie: <c>onZombie</c> is called once and the loop ends.
/// </summary>
internal sealed class Heartbeater(TimeProvider time, Func<CancellationToken, Task> sendHeartbeat, Func<Task> onZombie)
{
    private volatile bool _acknowledged = true;

    /// <summary>
    /// Starts the loop. The first delay's timer is created before this returns, so a test that advances a fake
    /// clock after seeing Identify always triggers it.
    /// </summary>
    public Task StartAsync(TimeSpan interval, TimeSpan firstDelay, CancellationToken cancellationToken) =>
        RunAsync(interval, firstDelay, cancellationToken);

    /// <summary>Records an op 11.</summary>
    public void Acknowledge() => _acknowledged = true;

    private async Task RunAsync(TimeSpan interval, TimeSpan firstDelay, CancellationToken cancellationToken)
    {
        await Task.Delay(firstDelay, time, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (!_acknowledged)
            {
                await onZombie().ConfigureAwait(false);
                return;
            }

            _acknowledged = false;
            await sendHeartbeat(cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
