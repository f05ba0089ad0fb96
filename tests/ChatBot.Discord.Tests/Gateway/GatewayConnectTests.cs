using System.Text.Json.Nodes;
using ChatBot.Discord.Tests.Support;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class GatewayConnectTests : AdapterTestBase
{
    [Fact]
    public async Task IdentifyCarriesTheTokenConfiguredIntentsPropertiesAndShard()
    {
        await using var host = await StartAdapterAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:Intents"] = "33281",
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
        });

        var gatewayBot = await Server.NextRequestAsync("GET", p => p == "gateway/bot", "GET gateway/bot");
        Assert.Equal("Bot " + DiscordPayloads.Token, gatewayBot.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", gatewayBot.Header("User-Agent"), StringComparison.Ordinal);

        var connection = await Server.NextConnectionAsync();
        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);

        await connection.HelloAsync(HeartbeatMs);
        var identify = (await connection.NextFrameAsync(2))["d"]!;
        Assert.Equal(DiscordPayloads.Token, Text(identify["token"]));
        Assert.Equal(33281, (int)identify["intents"]!);
        Assert.False(string.IsNullOrEmpty(Text(identify["properties"]!["os"])));
        Assert.False(string.IsNullOrEmpty(Text(identify["properties"]!["browser"])));
        Assert.False(string.IsNullOrEmpty(Text(identify["properties"]!["device"])));
        Assert.Equal([1, 2], identify["shard"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task DefaultIntentsAreGuildsGuildMessagesDirectMessagesAndMessageContent()
    {
        await using var host = await StartAdapterAsync();
        var connection = await Server.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        var identify = (await connection.NextFrameAsync(2))["d"]!;
        Assert.Equal(1 | 512 | 4096 | 32768, (int)identify["intents"]!);
        Assert.Equal([0, 1], identify["shard"]!.AsArray().Select(n => (int)n!));
    }

    [Fact]
    public async Task ReadyIsFollowedByAnswers()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        var reply = await AskInDmAsync(connection, 2);
        Assert.Contains("Georgia", Text(reply.Body!["content"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentedAndMalformedFramesAreHandledWithoutDroppingTheConnection()
    {
        await using var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();

        await connection.SendRawAsync("{ this is not json");
        await connection.DispatchAsync("MESSAGE_CREATE", 2, new JsonObject { ["id"] = "m2", ["channel_id"] = "dm-1" });
        var question = new JsonObject
        {
            ["op"] = 0,
            ["s"] = 3,
            ["t"] = "MESSAGE_CREATE",
            ["d"] = DiscordPayloads.Message("m3", "dm-1", "How did Georgia react?", guildId: null),
        };
        await connection.SendRawAsync(question.ToJsonString(), fragments: 7);

        var reply = await Server.NextMessageAsync("dm-1");
        Assert.Equal("m3", Text(reply.Body!["message_reference"]!["message_id"]));
        Assert.Contains(host.Logs.Entries.Snapshot(), e => e.Message.Contains("malformed gateway frame", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries.Snapshot(), e => e.Message.Contains("malformed MESSAGE_CREATE", StringComparison.Ordinal));
        Assert.False(connection.ClientClose.IsCompleted);
    }

    [Fact]
    public async Task ShutdownClosesTheGatewayWithCode1000()
    {
        var host = await StartAdapterAsync();
        var connection = await ConnectReadyAsync();
        var gateway = host.Gateway;

        await host.DisposeAsync();

        Assert.Equal(1000, await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(gateway.IsCompleted);
    }
}
