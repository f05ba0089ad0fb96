using ChatBot.Discord.Gateway;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class CloseCodesTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1006)]
    [InlineData(4999)]
    public void ResumableCodesResume(int code) => Assert.Equal(CloseAction.Resume, CloseCodes.Decide(code).Action);

    [Fact]
    public void ADropWithoutACodeResumes() => Assert.Equal(CloseAction.Resume, CloseCodes.Decide(null).Action);

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public void InvalidSequenceAndTimedOutSessionReidentify(int code) => Assert.Equal(CloseAction.Reidentify, CloseCodes.Decide(code).Action);

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "Discord:ShardCount")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "Discord:Intents")]
    [InlineData(4014, "Message Content intent")]
    public void FatalCodesStopWithAdviceNamingTheSetting(int code, string advice)
    {
        var decision = CloseCodes.Decide(code);
        Assert.Equal(CloseAction.Fatal, decision.Action);
        Assert.Contains(advice, decision.Reason, StringComparison.Ordinal);
    }
}
