using ChatBot.Core.Answers;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Messaging;

/// <summary>
/// The adapter's part of !reload and !stats: the text reaches the core as written, with the author's guild roles in
/// ConversationKey.Roles; the core's decorator decides who is a moderator (ModeratorCommandsTests in ChatBot.Tests).
/// </summary>
public sealed class ModeratorCommandFlowTests : AdapterTestBase
{
    private const string ModeratorRole = "600000000000000006";
    private const string OtherRole = "700000000000000007";

    [Fact]
    public async Task BangCommandsInADmOrAMentionReachTheCoreAsWrittenAndItsReplyIsSent()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        answers.Script("!reload", new Answer("!reload", AnswerKind.SmallTalk, "Reloaded: 41 intents", 1.0, null, [], []));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        var dmReply = await AskInDmAsync(connection, 2, "!reload");
        await connection.DispatchAsync("MESSAGE_CREATE", 3, Message("m3", "c1", $"<@{BotId}> !stats", mentions: [BotId]));
        await Server.NextMessageAsync("c1");

        Assert.Equal(["!reload", "!stats"], answers.Questions.Snapshot().Select(q => q.Question));
        Assert.Equal("Reloaded: 41 intents", Text(dmReply.Body!["content"]));
    }

    [Fact]
    public async Task TheAuthorsGuildRolesTravelWithTheQuestionAndADmHasNone()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, Message("m2", "c1", $"<@{BotId}> !reload", mentions: [BotId], roles: [OtherRole, ModeratorRole]));
        await Server.NextMessageAsync("c1");
        await AskInDmAsync(connection, 3, "!reload");

        var (inGuild, inDm) = (answers.Questions.Snapshot()[0].Conversation, answers.Questions.Snapshot()[1].Conversation);
        Assert.Equal([OtherRole, ModeratorRole], inGuild.Roles);
        Assert.Equal(("discord", "c1", UserId), (inGuild.Platform, inGuild.ChatId, inGuild.UserId));
        Assert.Empty(inDm.Roles);
    }

    [Fact]
    public async Task AnInteractionCarriesTheMembersRoles()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", 2, SlashAsk("i2", "token-2", "c1", "!stats", roles: [ModeratorRole]));
        await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the interaction callback");

        var (conversation, question) = answers.Questions.Snapshot().Single();
        Assert.Equal("!stats", question);
        Assert.Equal([ModeratorRole], conversation.Roles);
    }
}
