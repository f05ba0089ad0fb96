using ChatBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class FatalCloseTests : AdapterTestBase
{
    [Theory]
    [InlineData(4004, "the token was rejected; check Discord:Token")]
    [InlineData(4014, "enable the Message Content intent in the developer portal or remove it from Discord:Intents")]
    [InlineData(4013, "Discord:Intents")]
    [InlineData(4010, "Discord:ShardId")]
    public async Task AFatalCloseCodeStopsTheAdapterWithOneClearErrorAndNoReconnect(int code, string advice)
    {
        var host = await StartAdapterAsync();
        var connection = await Server.NextConnectionAsync();
        await connection.HelloAsync(HeartbeatMs);
        await connection.NextFrameAsync(2);

        await connection.CloseAsync(code);

        var error = await host.Logs.Entries.TakeAsync(e => e.Level >= LogLevel.Error, "the fatal error line");
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);

        // The gateway loop ends by itself: nothing left that could reconnect.
        await host.Gateway.WaitAsync(TimeSpan.FromSeconds(10));
        await host.DisposeAsync();
        Assert.Single(Server.Connections.Snapshot());
        Assert.Single(Server.Requests.Snapshot(), r => r.Path == "gateway/bot");
        Assert.Single(host.Logs.Entries.Snapshot(), e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(host.Logs.Entries.Snapshot(), e => e.ToString().Contains(DiscordPayloads.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARejectedTokenOnGatewayBotStopsWithOneClearError()
    {
        Server.Script("GET", p => p == "gateway/bot", 401, """{"message": "401: Unauthorized", "code": 0}""");
        var host = await StartAdapterAsync();

        await host.Gateway.WaitAsync(TimeSpan.FromSeconds(10));
        await host.DisposeAsync();

        var error = Assert.Single(host.Logs.Entries.Snapshot(), e => e.Level >= LogLevel.Error);
        Assert.Contains("check Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.Empty(Server.Connections.Snapshot());
        Assert.Single(Server.Requests.Snapshot());
        Assert.DoesNotContain(host.Logs.Entries.Snapshot(), e => e.ToString().Contains(DiscordPayloads.Token, StringComparison.Ordinal));
    }
}
