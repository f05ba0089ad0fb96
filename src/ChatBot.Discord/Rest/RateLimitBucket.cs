namespace ChatBot.Discord.Rest;

/// <summary>One Discord rate-limit bucket: requests left and when the window resets (from the X-RateLimit-* headers).</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _gate = new();
    private int _remaining = int.MaxValue;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>Takes a slot and returns zero, or returns how long to wait when the bucket is empty.</summary>
    public TimeSpan TryTake(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now >= _resetAt)
            {
                // The window is over: the next response's headers tell the new state.
                _remaining = Math.Max(_remaining, 1);
            }

            if (_remaining <= 0)
            {
                return _resetAt - now;
            }

            _remaining--;
            return TimeSpan.Zero;
        }
    }

    /// <summary>Adopts what a response said.</summary>
    public void Update(int remaining, DateTimeOffset resetAt)
    {
        lock (_gate)
        {
            _remaining = remaining;
            _resetAt = resetAt;
        }
    }

    /// <summary>Empties the bucket until <paramref name="until"/> (after a 429).</summary>
    public void Block(DateTimeOffset until)
    {
        lock (_gate)
        {
            _remaining = 0;
            _resetAt = until > _resetAt ? until : _resetAt;
        }
    }
}
