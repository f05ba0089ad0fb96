using System.Text.Json;
using System.Text.Json.Nodes;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using ChatBot.Discord.Tests.Support;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Messaging;

public sealed class MessageRouterTests
{
    private readonly BotIdentity _identity = new();
    private readonly MessageRouter _router;

    public MessageRouterTests()
    {
        _identity.Set(BotId, DiscordPayloads.ApplicationId);
        _router = new MessageRouter(_identity, new SuggestionIds(), NullLogger<MessageRouter>.Instance);
    }

    [Fact]
    public void ADmNeedsNoMention()
    {
        var request = Assert.IsType<ChannelQuestion>(Route("MESSAGE_CREATE", Message("m1", "dm", "  What   happened? ", guildId: null)));
        Assert.Equal("What happened?", request.Question);
        Assert.Equal(("discord", "dm", UserId), (request.Conversation.Platform, request.Conversation.ChatId, request.Conversation.UserId));
    }

    [Fact]
    public void AMentionInTheTextAloneIsEnough() =>
        Assert.IsType<ChannelQuestion>(Route("MESSAGE_CREATE", Message("m1", "c", $"<@{BotId}> hi")));

    [Fact]
    public void SystemMessagesAreIgnored()
    {
        var join = Message("m1", "c", "", mentions: [BotId]);
        join["type"] = 7;
        Assert.Null(Route("MESSAGE_CREATE", join));
    }

    [Fact]
    public void BeforeReadyNothingIsAddressed()
    {
        var router = new MessageRouter(new BotIdentity(), new SuggestionIds(), NullLogger<MessageRouter>.Instance);
        Assert.Null(router.Route(Dispatch("MESSAGE_CREATE", Message("m1", "dm", "hi", guildId: null))));
    }

    [Fact]
    public void ASlashCommandInAGuildUsesTheMembersUser()
    {
        var request = Assert.IsType<InteractionQuestion>(Route("INTERACTION_CREATE", SlashAsk("i1", "tok", "c", "Who?")));
        Assert.Equal(("Who?", UserId, false), (request.Question, request.Conversation.UserId, request.FromButton));
    }

    [Fact]
    public void OtherEventsAndForeignButtonsAreIgnored()
    {
        Assert.Null(Route("TYPING_START", new JsonObject { ["channel_id"] = "c" }));
        Assert.Null(Route("INTERACTION_CREATE", ButtonClick("i1", "tok", "c", "someone-else:42")));
        Assert.IsType<RegisterCommands>(Route("READY", Ready("s", "ws://x")));
    }

    private DiscordRequest? Route(string name, JsonObject data) => _router.Route(Dispatch(name, data));

    private static GatewayDispatch Dispatch(string name, JsonObject data) =>
        new(name, 1, JsonSerializer.Deserialize<JsonElement>(data.ToJsonString()));
}
