namespace ChatBot.Discord.Gateway;

/// <summary>Reconnect delays: exponential with "equal jitter" (half fixed, half random) so many bots never reconnect in lockstep.</summary>
internal sealed class Backoff(GatewayTimings timings, Random random)
{
    private int _failures;

    /// <summary>The delay before the next reconnect; each call without <see cref="Reset"/> doubles the ceiling up to the maximum.</summary>
    public TimeSpan Next()
    {
        if (timings.ReconnectBase <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(_failures, 20);
        _failures++;
        var ceiling = Math.Min(timings.ReconnectBase.TotalMilliseconds * Math.Pow(2, exponent), timings.ReconnectMax.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * random.NextDouble()));
    }

    /// <summary>Forgets earlier failures once a connection reached READY or RESUMED.</summary>
    public void Reset() => _failures = 0;

    /// <summary>The random wait before identifying a new session (1-5 s by default).</summary>
    public TimeSpan NewSessionDelay()
    {
        var span = timings.NewSessionMax - timings.NewSessionMin;
        return timings.NewSessionMin + (span * random.NextDouble());
    }

    /// <summary>The first heartbeat's delay: <c>interval * random[0,1)</c>, as Discord asks.</summary>
    public TimeSpan FirstHeartbeat(TimeSpan interval) => interval * random.NextDouble();
}
