using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class HeartbeatTests : AdapterTestBase
{
    [Fact]
    public async Task HeartbeatsStartWithJitterAndCarryTheLastSequence()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        await AskInDmAsync(connection, 2);

        var jitter = await Clock.AdvanceToTimerAsync(d => d < Interval, "first heartbeat after interval * random");
        Assert.InRange(jitter, TimeSpan.Zero, Interval);
        Assert.Equal(2, (long?)(await connection.NextFrameAsync(1))["d"]);

        // The fake wrote the ACK before logging the heartbeat; one more round trip guarantees the client has read it.
        await AskInDmAsync(connection, 3);
        await Clock.AdvanceToTimerAsync(d => d == Interval, "the heartbeat interval");
        Assert.Equal(3, (long?)(await connection.NextFrameAsync(1))["d"]);
        Assert.False(connection.ClientClose.IsCompleted);
    }

    [Fact]
    public async Task AWithheldAckClosesWithANon1000CodeAndResumesAtTheResumeUrlWithTheLastSequence()
    {
        await using var host = await StartAdapterAsync();
        var zombie = await ConnectReadyAsync(autoAck: false);
        await AskInDmAsync(zombie, 2);

        await Clock.AdvanceToTimerAsync(d => d < Interval, "first heartbeat");
        Assert.Equal(2, (long?)(await zombie.NextFrameAsync(1))["d"]);
        await Clock.AdvanceToTimerAsync(d => d == Interval, "the heartbeat interval, still without ACK");

        var code = await zombie.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(code);
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);

        var next = await Server.NextConnectionAsync();
        Assert.Equal("/resume", next.Path);
        await next.HelloAsync(HeartbeatMs);
        var resume = (await next.NextFrameAsync(6))["d"]!;
        Assert.Equal(DiscordPayloads.Token, Text(resume["token"]));
        Assert.Equal("session-1", Text(resume["session_id"]));
        Assert.Equal(2, (long)resume["seq"]!);
        Assert.Single(Server.Requests.Snapshot(), r => r.Path == "gateway/bot");
        Assert.Contains(host.Logs.Entries.Snapshot(), e => e.Message.Contains("zombie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASlowAnswerDoesNotDelayHeartbeats()
    {
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        answers.Hold();
        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordPayloads.Message("m2", "dm-1", "How did Georgia react?", guildId: null));
        await answers.Questions.TakeAsync(q => q.Question == "How did Georgia react?", "the slow question reaching the core");

        await Clock.AdvanceToTimerAsync(d => d < Interval, "first heartbeat");
        Assert.Equal(2, (long?)(await connection.NextFrameAsync(1))["d"]);

        // The gateway asks for an immediate heartbeat (op 1): still answered while the worker is stuck.
        await connection.OpAsync(1);
        Assert.Equal(2, (long?)(await connection.NextFrameAsync(1))["d"]);
        Assert.DoesNotContain(Server.Requests.Snapshot(), r => r.Path == "channels/dm-1/messages");

        answers.Release();
        var reply = await Server.NextMessageAsync("dm-1");
        Assert.Equal("m2", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.False(connection.ClientClose.IsCompleted);
    }
}
