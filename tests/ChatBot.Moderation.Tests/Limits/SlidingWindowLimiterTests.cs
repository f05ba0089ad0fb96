using ChatBot.Moderation.Limits;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Moderation.Tests.Limits;

public sealed class SlidingWindowLimiterTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new();

    private SlidingWindowLimiter<string> Limiter(int perUser, int perChat = 60) => new(perUser, perChat, Minute, _time);

    [Fact]
    public void TheLimitsAndTheWindowAreTheOnesGiven()
    {
        var limiter = Limiter(3, perChat: 7);

        Assert.Equal((3, 7, Minute), (limiter.MaxPerUser, limiter.MaxPerChat, limiter.Window));
    }

    [Fact]
    public void OverTheLimitAUserIsWarnedOnceThenIgnoredUntilTheWindowSlides()
    {
        var limiter = Limiter(3);

        Assert.All(Enumerable.Range(0, 3), _ => Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "c1")));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check("u1", "c1"));
        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check("u1", "c2"));
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u2", "c1"));

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check("u1", "c1"));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "c1"));
    }

    [Fact]
    public void AUserAllowedAgainIsWarnedAgainTheNextTimeTheyGoOver()
    {
        var limiter = Limiter(1);

        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "c"));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check("u1", "c"));
        _time.Advance(Minute);
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "c"));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check("u1", "c"));
        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check("u1", "c"));
    }

    [Fact]
    public void ABusyChatIsWarnedOnceThenIgnoredWhileOtherChatsGoOn()
    {
        var limiter = Limiter(20, perChat: 3);

        Assert.All(new[] { "u1", "u2", "u3" }, user => Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(user, "busy")));
        Assert.Equal(SlidingWindowVerdict.WarnChat, limiter.Check("u4", "busy"));
        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check("u5", "busy"));
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u5", "quiet"));

        _time.Advance(Minute);
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u4", "busy"));
    }

    [Fact]
    public void TheWindowSlidesRatherThanResetting()
    {
        var limiter = Limiter(2);
        limiter.Check("u1", "c");
        _time.Advance(TimeSpan.FromSeconds(30));
        limiter.Check("u1", "c");
        _time.Advance(TimeSpan.FromSeconds(30));

        // The first question is a minute old now, the second only half a minute.
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "c"));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check("u1", "c"));
    }

    [Fact]
    public void ARefusedQuestionCountsTowardNeitherLimit()
    {
        var limiter = Limiter(2, perChat: 3);

        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "group"));
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u1", "group"));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check("u1", "group"));
        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check("u1", "group"));

        // The group has had two answered questions, not four: one more fits.
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check("u2", "group"));
        Assert.Equal(SlidingWindowVerdict.WarnChat, limiter.Check("u3", "group"));
    }

    [Fact]
    public void ForgettingQuietUsersAndChatsChangesNoVerdict()
    {
        var limiter = new SlidingWindowLimiter<long>(2, 1_000_000, Minute, _time);
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(1, 1));
        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(1, 1));
        Assert.Equal(SlidingWindowVerdict.WarnUser, limiter.Check(1, 1));

        // Thousands of one-off askers pass the pruning point, while user 1 stays over its limit and already warned.
        for (long user = 2; user < 3000; user++)
        {
            Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(user, user));
        }

        Assert.Equal(SlidingWindowVerdict.Ignore, limiter.Check(1, 1));
        _time.Advance(Minute);
        for (long user = 2; user < 3000; user++)
        {
            Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(user, user));
        }

        Assert.Equal(SlidingWindowVerdict.Allowed, limiter.Check(1, 1));
    }
}
