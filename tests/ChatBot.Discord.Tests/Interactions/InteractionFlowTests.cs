using System.Diagnostics;
using ChatBot.Core.Answers;
using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Interactions;

public sealed class InteractionFlowTests : AdapterTestBase
{
    [Fact]
    public async Task TheAskCommandIsRegisteredInTheConfiguredGuildAtReady()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:GuildId"] = GuildId });
        var connection = await Server.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        await connection.NextFrameAsync(2);
        await connection.DispatchAsync("READY", 1, Ready("session-1", Server.ResumeUrl));

        var put = await Server.NextRequestAsync("PUT", p => p.EndsWith("/commands", StringComparison.Ordinal), "command registration");
        Assert.Equal($"applications/{DiscordPayloads.ApplicationId}/guilds/{GuildId}/commands", put.Path);
        var command = put.Body!.AsArray().Single()!;
        Assert.Equal("ask", Text(command["name"]));
        var option = command["options"]![0]!;
        Assert.Equal(3, (int)option["type"]!);
        Assert.Equal("question", Text(option["name"]));
        Assert.True((bool)option["required"]!);
    }

    [Fact]
    public async Task WithoutAGuildTheCommandIsRegisteredGlobally()
    {
        await using var host = await StartAdapterAsync();
        await ConnectReadyAsync();

        Assert.Contains(Server.Requests.Snapshot(), r => r.Method == "PUT" && r.Path == $"applications/{DiscordPayloads.ApplicationId}/commands");
    }

    [Fact]
    public async Task TheSlashCommandGetsItsAnswerWellWithinThreeSeconds()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        var clock = Stopwatch.StartNew();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, SlashAsk("i2", "token-2", "c1", "How did Georgia react?"));
        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the interaction callback");
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"callback after {clock.Elapsed}");
        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Contains("Georgia", Text(callback.Body!["data"]!["content"]), StringComparison.Ordinal);
        Assert.Empty(callback.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("Bot " + Token, callback.Header("Authorization"));
    }

    [Fact]
    public async Task ASlowAnswerIsDeferredAtOnceThenEditedIn()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();
        answers.Hold();

        var clock = Stopwatch.StartNew();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, SlashAsk("i2", "token-2", "dm-7", "How did Georgia react?", guildId: null));
        var deferred = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the deferral");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"deferred after {clock.Elapsed}");
        Assert.Equal(5, (int)deferred.Body!["type"]!);
        Assert.DoesNotContain(Server.Requests.Snapshot(), r => r.Method == "PATCH");

        answers.Release();
        var edit = await Server.NextRequestAsync("PATCH", p => p == $"webhooks/{DiscordPayloads.ApplicationId}/token-2/messages/@original", "the edit of @original");
        Assert.Contains("Georgia", Text(edit.Body!["content"]), StringComparison.Ordinal);
        Assert.Empty(edit.Body!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal(("dm-7", UserId), (answers.Questions.Snapshot()[0].Conversation.ChatId, answers.Questions.Snapshot()[0].Conversation.UserId));
    }

    [Fact]
    public async Task DidYouMeanShowsButtonsAndAClickAnswersThatQuestion()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        answers.Script("georgia?", new Answer(
            "georgia?",
            AnswerKind.DidYouMean,
            "I'm not sure what you're asking. Did you mean one of these?",
            0.3,
            null,
            [],
            [new Suggestion("georgia-reaction", "How did Georgia react?"), new Suggestion("x", new string('y', 150) + "?")]));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        var reply = await AskInDmAsync(connection, 2, "georgia?");
        var buttons = reply.Body!["components"]![0]!["components"]!.AsArray();
        Assert.Equal(2, buttons.Count);
        Assert.All(buttons, b =>
        {
            Assert.Equal(2, (int)b!["type"]!);
            Assert.InRange(Text(b["label"])!.Length, 1, 80);
            Assert.InRange(Text(b["custom_id"])!.Length, 1, 100);
        });

        await connection.DispatchAsync("INTERACTION_CREATE", 3, ButtonClick("i3", "token-3", "dm-1", Text(buttons[0]!["custom_id"])!, guildId: null));
        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i3/token-3/callback", "the click's callback");
        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Contains("Georgia", Text(callback.Body!["data"]!["content"]), StringComparison.Ordinal);

        // The long suggestion's id is a key, not the text, and still resolves.
        await connection.DispatchAsync("INTERACTION_CREATE", 4, ButtonClick("i4", "token-4", "dm-1", Text(buttons[1]!["custom_id"])!, guildId: null));
        await Server.NextRequestAsync("POST", p => p == "interactions/i4/token-4/callback", "the long suggestion's callback");
        Assert.Equal(["georgia?", "How did Georgia react?", new string('y', 150) + "?"], answers.Questions.Snapshot().Select(q => q.Question));
    }

    [Fact]
    public async Task AnUnknownSuggestionButtonGetsAnEphemeralNote()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.DispatchAsync("INTERACTION_CREATE", 2, ButtonClick("i2", "token-2", "c1", "ask#0123456789ABCDEF"));

        var callback = await Server.NextRequestAsync("POST", p => p == "interactions/i2/token-2/callback", "the callback");
        Assert.Equal(4, (int)callback.Body!["type"]!);
        Assert.Equal(64, (int)callback.Body!["data"]!["flags"]!);
        Assert.Empty(callback.Body!["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }
}
