using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Messaging;

/// <summary>Issue 7: per-user and per-channel flood limits and a question length limit, with one polite reply and then silence.</summary>
public sealed class FloodLimitFlowTests : AdapterTestBase
{
    private const int AnHour = 3_600_000;

    [Fact]
    public async Task AUserOverTheLimitIsAskedOnceToSlowDownThenIgnoredUntilTheMinutePasses()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:MaxMessagesPerMinute"] = "3" });
        var connection = await ConnectReadyAsync(heartbeatMs: AnHour);

        for (var i = 2; i <= 7; i++)
        {
            await connection.DispatchAsync("MESSAGE_CREATE", i, Message("m" + i, "dm-1", $"How did Georgia react? ({i})", guildId: null));
        }

        var replies = new List<RecordedRequest>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await Server.NextMessageAsync("dm-1"));
        }

        // An /ask in the same channel is handled after the burst: its note shows m6 and m7 were dealt with (ignored).
        await connection.DispatchAsync("INTERACTION_CREATE", 8, SlashAsk("i8", "token-8", "dm-1", "Who signed it?", guildId: null));
        var note = await Server.NextRequestAsync("POST", p => p == "interactions/i8/token-8/callback", "the slow-down note");

        Clock.Advance(TimeSpan.FromMinutes(1));
        var later = await AskInDmAsync(connection, 9);

        Assert.Equal(["m2", "m3", "m4", "m5"], replies.Select(r => Text(r.Body!["message_reference"]!["message_id"])));
        Assert.All(replies.Take(3), r => Assert.Contains("Georgia", Text(r.Body!["content"]), StringComparison.Ordinal));
        Assert.Contains("You are sending questions faster than I can answer them \\(up to 3 a minute\\)", Text(replies[3].Body!["content"]), StringComparison.Ordinal);
        Assert.All(replies, r => Assert.Empty(r.Body!["allowed_mentions"]!["parse"]!.AsArray()));
        Assert.Equal(64, (int)note.Body!["data"]!["flags"]!);
        Assert.Equal("Please wait a moment before asking again.", Text(note.Body!["data"]!["content"]));
        Assert.Equal("m9", Text(later.Body!["message_reference"]!["message_id"]));
        Assert.Equal(5, Server.Requests.Snapshot().Count(r => r.Path == "channels/dm-1/messages"));
    }

    [Fact]
    public async Task ABusyChannelIsToldOnceThenIgnoredWhileOtherChannelsAreAnswered()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:MaxChannelMessagesPerMinute"] = "3" });
        var connection = await ConnectReadyAsync(heartbeatMs: AnHour);

        // Five readers, one question each: no one is over their own limit, the channel is.
        for (var i = 2; i <= 6; i++)
        {
            await connection.DispatchAsync("MESSAGE_CREATE", i, Message("m" + i, "busy", $"<@{BotId}> How did Georgia react?", authorId: "70" + i, mentions: [BotId]));
        }

        var replies = new List<RecordedRequest>();
        for (var i = 0; i < 4; i++)
        {
            replies.Add(await Server.NextMessageAsync("busy"));
        }

        await connection.DispatchAsync("INTERACTION_CREATE", 7, SlashAsk("i7", "token-7", "busy", "Who signed it?"));
        var note = await Server.NextRequestAsync("POST", p => p == "interactions/i7/token-7/callback", "the slow-down note");
        var elsewhere = await AskInDmAsync(connection, 8);

        Assert.Equal(["m2", "m3", "m4", "m5"], replies.Select(r => Text(r.Body!["message_reference"]!["message_id"])));
        Assert.Contains("This channel is sending questions faster than I can answer them \\(up to 3 a minute\\)", Text(replies[3].Body!["content"]), StringComparison.Ordinal);
        Assert.Equal(64, (int)note.Body!["data"]!["flags"]!);
        Assert.Contains("Georgia", Text(elsewhere.Body!["content"]), StringComparison.Ordinal);
        Assert.Equal(4, Server.Requests.Snapshot().Count(r => r.Path == "channels/busy/messages"));
    }

    [Fact]
    public async Task AnOverlongQuestionIsRefusedPolitelyAndNeverReachesTheEngine()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers, new Dictionary<string, string?> { ["Discord:MaxQuestionLength"] = "50" });
        var connection = await ConnectReadyAsync();
        var tooLong = new string('?', 51);

        var reply = await AskInDmAsync(connection, 2, tooLong);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, SlashAsk("i3", "token-3", "dm-1", tooLong, guildId: null));
        var note = await Server.NextRequestAsync("POST", p => p == "interactions/i3/token-3/callback", "the too-long note");

        Assert.Equal("m2", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.Equal("That message is 51 characters long, and I can read questions of up to 50. Please ask a shorter question.", Text(reply.Body!["content"]));
        Assert.Empty(reply.Body!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal(64, (int)note.Body!["data"]!["flags"]!);
        Assert.Contains("51 characters long", Text(note.Body!["data"]!["content"]), StringComparison.Ordinal);
        Assert.Empty(answers.Questions.Snapshot());
    }
}
