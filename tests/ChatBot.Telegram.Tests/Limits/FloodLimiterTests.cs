using ChatBot.Telegram.Limits;
using ChatBot.Telegram.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Telegram.Tests.Limits;

public class FloodLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private FloodLimiter Limiter(int perMinute) =>
        new(Microsoft.Extensions.Options.Options.Create(new TelegramOptions { MaxMessagesPerMinute = perMinute }), _time);

    [Fact]
    public void OverTheLimitAUserIsWarnedOnceThenIgnoredUntilTheWindowSlides()
    {
        var limiter = Limiter(3);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal(FloodVerdict.Allowed, limiter.Check(1)));
        Assert.Equal(FloodVerdict.Warn, limiter.Check(1));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check(1));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(2));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check(1));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(1));
    }

    [Fact]
    public void TheWindowSlidesRatherThanResetting()
    {
        var limiter = Limiter(2);
        limiter.Check(1);
        _time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check(1);
        _time.Advance(TimeSpan.FromSeconds(30));

        // The first message is a minute old now, the second only half a minute.
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(1));
        Assert.Equal(FloodVerdict.Warn, limiter.Check(1));
    }
}
