using System.Net.Http.Headers;
using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests.Rest;

public sealed class RateLimiterTests
{
    private const string Route = "POST channels/1/messages";

    [Fact]
    public async Task AnEmptyBucketWaitsForItsResetOnTheClock()
    {
        var clock = new TestClock();
        var limiter = new RateLimiter(clock);
        limiter.Update(Route, "1", Headers(remaining: "0", resetAfter: "1.25", bucket: "abc"));

        var waiting = limiter.WaitAsync(Route, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(1.25), await clock.Timers.TakeAsync(_ => true, "the bucket wait"));
        Assert.False(waiting.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1.25));
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ABucketWithRequestsLeftDoesNotWait()
    {
        var limiter = new RateLimiter(new TestClock());
        limiter.Update(Route, "1", Headers(remaining: "3", resetAfter: "5", bucket: "abc"));

        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.WaitAsync(Route, CancellationToken.None).IsCompletedSuccessfully);
        }

        Assert.False(limiter.WaitAsync(Route, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task AGlobal429HoldsEveryRoute()
    {
        var clock = new TestClock();
        var limiter = new RateLimiter(clock);
        limiter.OnRateLimited(Route, TimeSpan.FromSeconds(0.5), global: true);

        var other = limiter.WaitAsync("POST channels/2/messages", CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(0.5), await clock.Timers.TakeAsync(_ => true, "the global wait"));
        clock.Advance(TimeSpan.FromSeconds(0.5));
        await other.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void OtherChannelsHaveTheirOwnBucket()
    {
        var limiter = new RateLimiter(new TestClock());
        limiter.Update(Route, "1", Headers(remaining: "0", resetAfter: "5", bucket: "abc"));

        Assert.True(limiter.WaitAsync("POST channels/2/messages", CancellationToken.None).IsCompletedSuccessfully);
    }

    private static HttpResponseHeaders Headers(string remaining, string resetAfter, string bucket)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", remaining);
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter);
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        return response.Headers;
    }
}
