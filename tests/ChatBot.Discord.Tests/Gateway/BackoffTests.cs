using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class BackoffTests
{
    private static readonly GatewayTimings Timings = GatewayTimings.Default;

    [Fact]
    public void DelaysGrowWithJitterUpToTheMaximumAndResetAfterSuccess()
    {
        var backoff = new Backoff(Timings, new Random(42));

        var delays = Enumerable.Range(0, 12).Select(_ => backoff.Next()).ToList();

        for (var i = 0; i < delays.Count; i++)
        {
            var ceiling = Math.Min(Timings.ReconnectBase.TotalMilliseconds * Math.Pow(2, i), Timings.ReconnectMax.TotalMilliseconds);
            Assert.InRange(delays[i].TotalMilliseconds, ceiling / 2, ceiling);
        }

        Assert.True(delays[^1] > TimeSpan.FromSeconds(29));
        backoff.Reset();
        Assert.InRange(backoff.Next(), Timings.ReconnectBase / 2, Timings.ReconnectBase);
    }

    [Fact]
    public void JitterDiffersBetweenBots()
    {
        var first = new Backoff(Timings, new Random(1));
        var second = new Backoff(Timings, new Random(2));
        Assert.NotEqual(first.Next(), second.Next());
    }

    [Fact]
    public void TheNewSessionWaitIsBetweenOneAndFiveSeconds()
    {
        var backoff = new Backoff(Timings, new Random(7));
        Assert.All(Enumerable.Range(0, 100).Select(_ => backoff.NewSessionDelay()), d => Assert.InRange(d, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void TheFirstHeartbeatIsARandomFractionOfTheInterval()
    {
        var backoff = new Backoff(Timings, new Random(3));
        var interval = TimeSpan.FromMilliseconds(41_250);
        var firsts = Enumerable.Range(0, 50).Select(_ => backoff.FirstHeartbeat(interval)).ToList();
        Assert.All(firsts, d => Assert.InRange(d, TimeSpan.Zero, interval));
        Assert.True(firsts.Distinct().Count() > 40);
    }
}
