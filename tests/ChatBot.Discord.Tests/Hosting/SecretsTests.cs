using ChatBot.Discord.Tests.Support;
using ChatBot.Testing;
using Microsoft.Extensions.Logging;
using static ChatBot.Discord.Tests.Support.DiscordPayloads;

namespace ChatBot.Discord.Tests.Hosting;

/// <summary>
/// Issue 7: the bot token (in every request's Authorization header) and interaction tokens (in callback and webhook
/// paths) never reach a log line or a message, even when Discord or a proxy answers with an error that echoes them.
/// </summary>
public sealed class SecretsTests : AdapterTestBase
{
    private const string SlashToken = "itok-SECRET-slash-3";
    private const string DeferredToken = "itok-SECRET-deferred-4";

    private static string Echo(string path) =>
        $$"""{"message": "Refused {{path}} with Authorization: Bot {{Token}} (see https://discord.com/api/v10/{{path}})", "code": 0}""";

    [Fact]
    public async Task ErrorsThatEchoTheTokenOrTheUrlAreLoggedWithTheSecretsMasked()
    {
        Server.Script("GET", p => p == "gateway/bot", 400, Echo("gateway/bot"));
        Server.Script("PUT", p => p.EndsWith("/commands", StringComparison.Ordinal), 400, Echo("applications/x/commands"));
        Server.Script("POST", p => p == "channels/dm-1/messages", 403, Echo("channels/dm-1/messages"));
        Server.Script("POST", p => p.StartsWith("interactions/i3/", StringComparison.Ordinal), 404, Echo($"interactions/i3/{SlashToken}/callback"));
        Server.Script("PATCH", p => p.Contains(DeferredToken, StringComparison.Ordinal), 400, Echo($"webhooks/{DiscordPayloads.ApplicationId}/{DeferredToken}/messages/@original"));
        var answers = new ScriptedAnswers(RealAnswers.Create(Clock));
        await using var host = await StartAdapterAsync(answers);
        var connection = await ConnectReadyAsync();

        Assert.Equal(403, (await AskInDmAsync(connection, 2)).Status);
        await connection.DispatchAsync("INTERACTION_CREATE", 3, SlashAsk("i3", SlashToken, "c1", "How did Georgia react?"));
        Assert.Equal(404, (await Server.NextRequestAsync("POST", p => p.StartsWith("interactions/i3/", StringComparison.Ordinal), "the refused callback")).Status);
        answers.Hold();
        await connection.DispatchAsync("INTERACTION_CREATE", 4, SlashAsk("i4", DeferredToken, "c2", "How did Georgia react?"));
        await Server.NextRequestAsync("POST", p => p.StartsWith("interactions/i4/", StringComparison.Ordinal), "the deferral");
        answers.Release();
        Assert.Equal(400, (await Server.NextRequestAsync("PATCH", p => p.Contains(DeferredToken, StringComparison.Ordinal), "the refused edit")).Status);
        await host.Logs.Entries.WaitForCountAsync(e => e.Level >= LogLevel.Warning && e.Message.Contains("[redacted]", StringComparison.Ordinal), 5, "five masked errors");
        await host.StopAsync();

        var logs = host.Logs.Entries.Snapshot().Select(e => e.ToString()).ToList();
        Assert.All(new[] { Token, SlashToken, DeferredToken }, secret => Assert.DoesNotContain(logs, line => line.Contains(secret, StringComparison.Ordinal)));
        var sent = Server.Requests.Snapshot().Where(r => r.Body is not null).Select(r => r.Body!.ToJsonString()).ToList();
        Assert.All(new[] { Token, SlashToken, DeferredToken }, secret => Assert.DoesNotContain(sent, body => body.Contains(secret, StringComparison.Ordinal)));
    }
}
