using ChatBot.Core.Conversation;
using ChatBot.Testing;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Operations;

/// <summary>"discord-role:ROLEID" in Moderation:Moderators: whoever holds the role where they ask (ConversationKey.Roles, filled by the adapter) is a moderator.</summary>
public sealed class ModeratorRolesTests : IAsyncLifetime
{
    private const string ModeratorRole = "600000000000000006";
    private readonly TempFolder _data = new();
    private readonly KnowledgeCopy _knowledge = new();
    private OperationsHost _host = null!;

    public Task InitializeAsync()
    {
        _host = OperationsHost.Create(_data.Path, _knowledge.Intents, _knowledge.Seeds, settings: new Dictionary<string, string?>
        {
            ["Moderation:Moderators:2"] = $"Discord-Role:{ModeratorRole}",
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ADiscordUserHoldingAModeratorRoleMayReload()
    {
        var before = _host.Engines.Current;

        var reply = await _host.Answers.AskAsync(Conversations.DiscordReader with { Roles = ["111", ModeratorRole] }, "!reload");

        Assert.StartsWith("Reloaded: ", reply.Text);
        Assert.NotSame(before, _host.Engines.Current);
    }

    [Theory]
    [InlineData("discord", "111")]
    [InlineData("discord", "")]
    [InlineData("telegram", ModeratorRole)]
    public async Task OtherRolesNoRolesOrTheSameIdOnAnotherPlatformAreRefused(string platform, string role)
    {
        var before = _host.Engines.Current;
        var asker = new ConversationKey(platform, "c1", "777") { Roles = role.Length == 0 ? [] : [role] };

        var reply = await _host.Answers.AskAsync(asker, "/stats");

        Assert.StartsWith("Sorry, /stats is only for the bot's moderators", reply.Text);
        Assert.Same(before, _host.Engines.Current);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _knowledge.Dispose();
        _data.Dispose();
    }
}
