using System.Text;
using System.Text.Json.Nodes;
using ChatBot.Discord.Tests.Support;
using ChatBot.Discord.Transport;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Transport;

public sealed class WebSocketGatewayTransportTests : IAsyncLifetime
{
    private readonly TestLoggerProvider _logs = new();
    private readonly ILoggerFactory _factory;
    private FakeDiscordServer _server = null!;

    public WebSocketGatewayTransportTests() => _factory = LoggerFactory.Create(b => b.AddProvider(_logs));

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _factory.Dispose();
    }

    [Fact]
    public async Task FragmentedFramesAreJoinedAndOversizedOnesDroppedAndLogged()
    {
        await using var transport = new WebSocketGatewayTransport(_factory.CreateLogger<WebSocketGatewayTransport>());
        await transport.ConnectAsync(new Uri(_server.GatewayUrl), CancellationToken.None);
        var server = await _server.NextConnectionAsync();

        await server.SendRawAsync("""{"op":11,"d":null}""", fragments: 5);
        await server.SendRawAsync("\"" + new string('x', WebSocketGatewayTransport.MaxFrameBytes + 10) + "\"", fragments: 40);
        await server.SendRawAsync("""{"op":1,"d":null}""");

        var first = await transport.ReceiveAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(11, (int)JsonNode.Parse(first.Payload!)!["op"]!);
        var second = await transport.ReceiveAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, (int)JsonNode.Parse(second.Payload!)!["op"]!);
        Assert.Contains(_logs.Entries.Snapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains("larger than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendsTextFramesAndReportsThePeersCloseCode()
    {
        await using var transport = new WebSocketGatewayTransport(_factory.CreateLogger<WebSocketGatewayTransport>());
        await transport.ConnectAsync(new Uri(_server.GatewayUrl), CancellationToken.None);
        var server = await _server.NextConnectionAsync();

        await transport.SendAsync(Encoding.UTF8.GetBytes("""{"op":3,"d":5}"""), CancellationToken.None);
        Assert.Equal(5, (int)(await server.NextFrameAsync(3))["d"]!);

        await server.CloseAsync(4009);
        var closed = await transport.ReceiveAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(closed.IsClose);
        Assert.Equal(4009, closed.CloseCode);
    }

    [Fact]
    public async Task OurCloseCodeReachesThePeer()
    {
        await using var transport = new WebSocketGatewayTransport(_factory.CreateLogger<WebSocketGatewayTransport>());
        await transport.ConnectAsync(new Uri(_server.GatewayUrl), CancellationToken.None);
        var server = await _server.NextConnectionAsync();

        await transport.CloseAsync(4000, "zombie", CancellationToken.None);

        Assert.Equal(4000, await server.ClientClose.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
