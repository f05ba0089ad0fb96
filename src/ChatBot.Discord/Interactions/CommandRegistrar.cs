using ChatBot.Discord.Messaging;
using ChatBot.Discord.Options;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>Registers <c>/ask</c> after READY: in <c>Discord:GuildId</c> when set (instant), else globally. Once per process; retried at the next READY after a failure.</summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, BotIdentity identity, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    private int _registered;

    public async Task EnsureRegisteredAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _registered) == 1)
        {
            return;
        }

        if (identity.ApplicationId is not { } applicationId)
        {
            logger.LogWarning("READY carried no application id; /ask was not registered");
            return;
        }

        var guildId = string.IsNullOrEmpty(options.Value.GuildId) ? null : options.Value.GuildId;
        var result = await rest.SendAsync(HttpMethod.Put, DiscordRoutes.Commands(applicationId, guildId), AskCommand.Definitions(), cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            Volatile.Write(ref _registered, 1);
            logger.LogInformation("Registered /{Command} {Scope}", AskCommand.Name, guildId is null ? "globally" : $"in guild {guildId}");
        }
        else
        {
            logger.LogError("Could not register /{Command}: {Result}", AskCommand.Name, result.Describe());
        }
    }
}
