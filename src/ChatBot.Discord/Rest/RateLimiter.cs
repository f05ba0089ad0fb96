using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Per-bucket rate limits learned from the X-RateLimit-* headers, plus the global limit a global 429 sets.
/// Waits happen on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly Lock _globalGate = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    /// <summary>Waits until a request on <paramref name="route"/> may go out, then reserves a slot.</summary>
    public async Task WaitAsync(string route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var delay = Reserve(route);
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Learns the bucket and its state from a response's headers.</summary>
    public void Update(string route, string majorParameters, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            _bucketOfRoute[route] = hash + ":" + majorParameters;
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            BucketFor(route).Update(remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
        }
    }

    /// <summary>After a 429: nothing goes out on the bucket (or anywhere, when global) for <paramref name="retryAfter"/>.</summary>
    public void OnRateLimited(string route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalGate)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }
        }
        else
        {
            BucketFor(route).Block(until);
        }
    }

    private TimeSpan Reserve(string route)
    {
        var now = time.GetUtcNow();
        lock (_globalGate)
        {
            if (_globalUntil > now)
            {
                return _globalUntil - now;
            }
        }

        return BucketFor(route).TryTake(now);
    }

    private RateLimitBucket BucketFor(string route) =>
        _buckets.GetOrAdd(_bucketOfRoute.TryGetValue(route, out var bucket) ? bucket : route, _ => new RateLimitBucket());

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
