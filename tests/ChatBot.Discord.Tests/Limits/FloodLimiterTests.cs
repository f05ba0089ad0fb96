using ChatBot.Discord.Limits;
using ChatBot.Discord.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.Limits;

public sealed class FloodLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    private FloodLimiter Limiter(int perUser, int perChannel = 60) =>
        new(Microsoft.Extensions.Options.Options.Create(new DiscordOptions { MaxMessagesPerMinute = perUser, MaxChannelMessagesPerMinute = perChannel }), _time);

    [Fact]
    public void DefaultsAreTwentyPerUserSixtyPerChannelAndAThousandCharacters()
    {
        var options = new DiscordOptions();
        Assert.Equal((20, 60, 1000), (options.MaxMessagesPerMinute, options.MaxChannelMessagesPerMinute, options.MaxQuestionLength));
    }

    [Fact]
    public void OverTheLimitAUserIsWarnedOnceThenIgnoredUntilTheWindowSlides()
    {
        var limiter = Limiter(3);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal(FloodVerdict.Allowed, limiter.Check("u1", "c1")));
        Assert.Equal(FloodVerdict.WarnUser, limiter.Check("u1", "c1"));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check("u1", "c2"));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u2", "c1"));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check("u1", "c1"));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u1", "c1"));
    }

    [Fact]
    public void ABusyChannelIsWarnedOnceThenIgnoredWhileOtherChannelsGoOn()
    {
        var limiter = Limiter(20, perChannel: 3);

        Assert.All(new[] { "u1", "u2", "u3" }, user => Assert.Equal(FloodVerdict.Allowed, limiter.Check(user, "busy")));
        Assert.Equal(FloodVerdict.WarnChannel, limiter.Check("u4", "busy"));
        Assert.Equal(FloodVerdict.Ignore, limiter.Check("u5", "busy"));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u5", "quiet"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u4", "busy"));
    }

    [Fact]
    public void TheWindowSlidesAndARefusedQuestionCountsTowardNeitherLimit()
    {
        var limiter = Limiter(2, perChannel: 3);
        limiter.Check("u1", "c");
        _time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check("u1", "c");
        Assert.Equal(FloodVerdict.WarnUser, limiter.Check("u1", "c"));
        _time.Advance(TimeSpan.FromSeconds(30));

        // The first question is a minute old now, the second only half a minute; the refused one never counted.
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u1", "c"));
        Assert.Equal(FloodVerdict.Allowed, limiter.Check("u2", "c"));
        Assert.Equal(FloodVerdict.WarnChannel, limiter.Check("u3", "c"));
    }
}
