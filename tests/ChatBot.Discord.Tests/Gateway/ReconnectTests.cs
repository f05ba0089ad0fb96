using System.Text.Json.Nodes;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class ReconnectTests : AdapterTestBase
{
    [Fact]
    public async Task Op7ReconnectResumesAtTheResumeUrl()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        await AskInDmAsync(connection, 2);

        await connection.OpAsync(7);

        var code = await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotEqual(1000, code);
        Assert.NotEqual(1001, code);
        var next = await ExpectResumeAsync(expectedSeq: 2);

        // The resumed session carries on.
        await next.DispatchAsync("RESUMED", 3, new JsonObject());
        await AskInDmAsync(next, 4);
    }

    [Fact]
    public async Task InvalidSessionResumableResumes()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.OpAsync(9, JsonValue.Create(true));

        await ExpectResumeAsync(expectedSeq: 1);
    }

    [Fact]
    public async Task InvalidSessionNotResumableIdentifiesAfterARandomOneToFiveSecondWait()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        Clock.Timers.Skip();

        await connection.OpAsync(9, JsonValue.Create(false));

        await ExpectIdentifyAfterWaitAsync();
    }

    [Fact]
    public async Task Close4000Resumes()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        await AskInDmAsync(connection, 2);

        await connection.CloseAsync(4000);

        await ExpectResumeAsync(expectedSeq: 2);
    }

    [Fact]
    public async Task ADroppedSocketResumes()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        connection.Abort();

        await ExpectResumeAsync(expectedSeq: 1);
    }

    [Fact]
    public async Task Close4009IdentifiesANewSessionAfterTheWait()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        Clock.Timers.Skip();

        await connection.CloseAsync(4009);

        await ExpectIdentifyAfterWaitAsync();
    }

    [Fact]
    public async Task ResumeAttemptsAreCappedThenANewSessionIsIdentified()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?> { ["Discord:MaxResumeAttempts"] = "3" });
        var connection = await ConnectReadyAsync();

        connection.Abort();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var failing = await Server.NextConnectionAsync();
            Assert.Equal("/resume", failing.Path);
            await failing.HelloAsync(HeartbeatMs);
            await failing.NextFrameAsync(6);
            failing.Abort();
        }

        var fresh = await Server.NextConnectionAsync();
        Assert.Equal("/gateway", fresh.Path);
        await fresh.HelloAsync(HeartbeatMs);
        await fresh.NextFrameAsync(2);
        Assert.Equal(2, Server.Requests.Snapshot().Count(r => r.Path == "gateway/bot"));
    }

    private async Task<FakeGatewayConnection> ExpectResumeAsync(long expectedSeq)
    {
        var next = await Server.NextConnectionAsync();
        Assert.Equal("/resume", next.Path);
        Assert.Contains("v=10", next.Query, StringComparison.Ordinal);
        await next.HelloAsync(HeartbeatMs);
        var resume = (await next.NextFrameAsync(6))["d"]!;
        Assert.Equal("session-1", Text(resume["session_id"]));
        Assert.Equal(expectedSeq, (long)resume["seq"]!);
        Assert.Equal(DiscordPayloads.Token, Text(resume["token"]));
        Assert.DoesNotContain(next.Frames.Snapshot(), f => (int?)f["op"] == 2);
        return next;
    }

    private async Task ExpectIdentifyAfterWaitAsync()
    {
        var waited = await Clock.AdvanceToTimerAsync(d => d >= TimeSpan.FromSeconds(1) && d <= TimeSpan.FromSeconds(5), "the 1-5 s wait before identifying");
        Assert.InRange(waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        var next = await Server.NextConnectionAsync();
        Assert.Equal("/gateway", next.Path);
        await next.HelloAsync(HeartbeatMs);
        var identify = (await next.NextFrameAsync(2))["d"]!;
        Assert.Equal(DiscordPayloads.Token, Text(identify["token"]));
        Assert.DoesNotContain(next.Frames.Snapshot(), f => (int?)f["op"] == 6);
        Assert.Equal(2, Server.Requests.Snapshot().Count(r => r.Path == "gateway/bot"));
    }
}
