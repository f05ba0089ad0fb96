using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class TextLimitsTests
{
    [Fact]
    public void ShortTextIsUntouched() => Assert.Equal("hello", TextLimits.Truncate("hello", 5));

    [Fact]
    public void LongTextIsCutToTheLimitWithAnEllipsis()
    {
        var cut = TextLimits.Truncate(new string('a', 2500), 2000);
        Assert.Equal(2000, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEscapeIsNeverSplit()
    {
        // 'aaa\*' cut at 5 would keep a dangling backslash that escapes the ellipsis.
        var cut = TextLimits.Truncate(@"aaa\*bbb", 5);
        Assert.Equal("aaa…", cut);
    }

    [Fact]
    public void AnEscapedBackslashSurvivesTheCut() => Assert.Equal(@"aa\\…", TextLimits.Truncate(@"aa\\bbbb", 5));

    [Fact]
    public void ASurrogatePairIsNeverSplit()
    {
        var cut = TextLimits.Truncate("aaa😀bbb", 5);
        Assert.Equal("aaa…", cut);
    }
}
