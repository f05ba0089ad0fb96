namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>
/// INTERACTION_CREATE: a slash command (type 2) or a component click (type 3, with the <see cref="Message"/> it sits on).
/// The user is in <c>member.user</c> in guilds (with <c>member.roles</c>), <c>user</c> in DMs.
/// </summary>
internal sealed record DiscordInteraction(
    string Id,
    string Token,
    int Type,
    string? ApplicationId = null,
    string? ChannelId = null,
    string? GuildId = null,
    InteractionData? Data = null,
    DiscordMember? Member = null,
    DiscordUser? User = null,
    InteractionMessage? Message = null)
{
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;

    /// <summary>Whoever invoked the interaction.</summary>
    public DiscordUser? Invoker => Member?.User ?? User;
}
