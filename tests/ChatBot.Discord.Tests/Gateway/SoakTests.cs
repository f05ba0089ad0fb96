using System.Text.Json.Nodes;
using Xunit.Abstractions;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class SoakTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task EveryMessageGetsExactlyOneReplyAcrossTwentyDisconnects()
    {
        const int messages = 120;
        const int disconnects = 20;
        await using var gateway = new DiscordLikeGateway(_server);
        // One reader asks 121 questions in a few seconds: the flood limits are not what this test is about.
        await using var host = await AdapterHost.StartAsync(_server, TimeProvider.System, settings: new Dictionary<string, string?>
        {
            ["Discord:MaxMessagesPerMinute"] = "10000",
            ["Discord:MaxChannelMessagesPerMinute"] = "10000",
        });
        try
        {
            await RunSoakAsync(gateway, messages, disconnects);
        }
        catch
        {
            foreach (var entry in host.Logs.Entries.Snapshot())
            {
                output.WriteLine(entry.ToString());
            }

            foreach (var request in _server.Requests.Snapshot())
            {
                output.WriteLine("REST " + request);
            }

            foreach (var connection in _server.Connections.Snapshot())
            {
                var close = connection.ClientClose.IsCompleted ? (await connection.ClientClose)?.ToString() ?? "dropped" : "open";
                output.WriteLine($"WS {connection.Path} close={close} frames={string.Join(",", connection.Frames.Snapshot().Select(f => f["op"]))}");
            }

            throw;
        }
    }

    private async Task RunSoakAsync(DiscordLikeGateway gateway, int messages, int disconnects)
    {
        await gateway.WaitUntilLiveAsync();

        for (var i = 1; i <= messages; i++)
        {
            await gateway.PublishAsync("MESSAGE_CREATE", DiscordPayloads.Message($"m{i}", "dm-soak", "How did Georgia react?", guildId: null));
            if (i % (messages / disconnects) == 0)
            {
                await gateway.DisconnectAsync(i / (messages / disconnects));
            }
        }

        // One channel is answered in order: once the sentinel's reply is out, every earlier message has been handled.
        await gateway.PublishAsync("MESSAGE_CREATE", DiscordPayloads.Message("sentinel", "dm-soak", "How did Georgia react?", guildId: null));
        await _server.Requests.TakeAsync(r => r.Body is JsonObject body && (string?)body["message_reference"]?["message_id"] == "sentinel", "the sentinel's reply", TimeSpan.FromSeconds(30));

        var replies = _server.Requests.Snapshot()
            .Where(r => r.Path == "channels/dm-soak/messages")
            .GroupBy(r => (string)r.Body!["message_reference"]!["message_id"]!)
            .ToDictionary(g => g.Key, g => g.Count());
        for (var i = 1; i <= messages; i++)
        {
            Assert.True(replies.TryGetValue($"m{i}", out var count) && count == 1, $"m{i} got {count} replies");
        }

        Assert.Empty(gateway.Errors.Snapshot());
        Assert.Equal(messages + 1, replies.Count);
        Assert.Equal(1, gateway.Identifies);
        Assert.True(gateway.Resumes >= disconnects - 2, $"only {gateway.Resumes} resumes");
    }
}
