using ChatBot.Core.Conversation;
using ChatBot.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Conversation;

public class ConversationKeyTests
{
    private static readonly ConversationKey Plain = new("discord", "channel-1", "alice");

    [Fact]
    public void RolesAreEmptyUnlessTheAdapterSetsThem()
    {
        Assert.Empty(Plain.Roles);
        Assert.Empty(default(ConversationKey).Roles);
        Assert.Equal(["1", "2"], (Plain with { Roles = ["1", "2"] }).Roles);
    }

    [Fact]
    public void RolesAreNotPartOfTheKeysIdentity()
    {
        var withRoles = Plain with { Roles = ["1", "2"] };

        Assert.Equal(Plain, withRoles);
        Assert.Equal(Plain.GetHashCode(), withRoles.GetHashCode());
        Assert.NotEqual(Plain, Plain with { UserId = "bob" });
        Assert.Equal("ConversationKey { Platform = discord, ChatId = channel-1, UserId = alice, Roles = [1, 2] }", withRoles.ToString());
    }

    [Fact]
    public async Task AFollowUpKeepsItsContextWhenTheAskersRolesChange()
    {
        var service = new ConversationService(new FixedEngineSource(RealKnowledge.Engine), new FakeTimeProvider(), new ConversationOptions());
        await service.AskAsync(Plain with { Roles = ["1"] }, "How much did Russia pledge to South Ossetia?");

        var answer = await service.AskAsync(Plain with { Roles = ["1", "2"] }, "and to Abkhazia?");

        Assert.Equal("pledge-abkhazia", answer.IntentId);
    }
}
