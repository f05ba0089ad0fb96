using ChatBot.Telegram.Limits;
using ChatBot.Telegram.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Telegram.Tests.Limits;

public class FloodLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private FloodLimiter Limiter(int perMinute, int perChat = 60) =>
        new(Microsoft.Extensions.Options.Options.Create(new TelegramOptions { MaxMessagesPerMinute = perMinute, MaxChatMessagesPerMinute = perChat }), _time);

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

    [Fact]
    public void ABusyGroupIsToldOnceThenIgnoredWhileOtherChatsGoOn()
    {
        const long group = -100123;
        var limiter = Limiter(20, perChat: 3);

        Assert.All(new long[] { 1, 2, 3 }, user => Assert.Equal(FloodVerdict.Allowed, limiter.Check(user, group)));
        Assert.Equal(FloodVerdict.WarnChat, limiter.Check(4, group));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check(5, group));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check(1, group));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(4, -100999));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(5));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(6, group));
    }

    [Fact]
    public void ARefusedMessageCountsTowardNeitherLimit()
    {
        const long group = -100123;
        var limiter = Limiter(2, perChat: 3);

        Assert.Equal(FloodVerdict.Allowed, limiter.Check(1, group));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(1, group));
        Assert.Equal(FloodVerdict.Warn, limiter.Check(1, group));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check(1, group));

        // The group has had two answered messages, not four: one more fits.
        Assert.Equal(FloodVerdict.Allowed, limiter.Check(2, group));
        Assert.Equal(FloodVerdict.WarnChat, limiter.Check(3, group));
    }
}
