using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Support;

/// <summary>A fake Discord per test plus the steps most tests share: connect, identify, READY, and asking in a DM.</summary>
public abstract class AdapterTestBase : IAsyncLifetime
{
    public const int HeartbeatMs = 10_000;

    protected static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(HeartbeatMs);

    protected FakeDiscordServer Server { get; private set; } = null!;

    protected TestClock Clock { get; } = new();

    public async Task InitializeAsync() => Server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected Task<AdapterHost> StartAdapterAsync(ScriptedAnswers? answers = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        AdapterHost.StartAsync(Server, Clock, answers, settings, services: services);

    /// <summary>
    /// Takes the next connection through Hello, Identify and READY (seq 1); returns once READY was handled (the command PUT went out).
    /// A long <paramref name="heartbeatMs"/> lets a test move the clock by minutes without a missed heartbeat ACK ending the connection.
    /// </summary>
    protected async Task<FakeGatewayConnection> ConnectReadyAsync(bool autoAck = true, string sessionId = "session-1", int heartbeatMs = HeartbeatMs)
    {
        var connection = await Server.NextConnectionAsync();
        connection.AutoAck = autoAck;
        await connection.HelloAsync(heartbeatMs);
        await connection.NextFrameAsync(2);
        await connection.DispatchAsync("READY", 1, DiscordPayloads.Ready(sessionId, Server.ResumeUrl));
        await Server.NextRequestAsync("PUT", p => p.EndsWith("/commands", StringComparison.Ordinal), "command registration after READY");
        return connection;
    }

    /// <summary>Sends a DM with sequence <paramref name="sequence"/> and returns the bot's reply: proof that everything before it was processed.</summary>
    protected async Task<RecordedRequest> AskInDmAsync(FakeGatewayConnection connection, long sequence, string question = "How did Georgia react?", string channelId = "dm-1")
    {
        await connection.DispatchAsync("MESSAGE_CREATE", sequence, DiscordPayloads.Message("m" + sequence, channelId, question, guildId: null));
        return await Server.NextMessageAsync(channelId);
    }

    protected static string? Text(JsonNode? node) => node?.GetValue<string>();
}
