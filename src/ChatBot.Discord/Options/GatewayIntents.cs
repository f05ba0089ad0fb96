namespace ChatBot.Discord.Options;

/// <summary>The Gateway intent bits the adapter cares about (Discord's values).</summary>
public static class GatewayIntents
{
    /// <summary>Guild create/update events; needed for guild channels to exist for the bot.</summary>
    public const int Guilds = 1 << 0;

    /// <summary>MESSAGE_CREATE in guild channels.</summary>
    public const int GuildMessages = 1 << 9;

    /// <summary>MESSAGE_CREATE in DMs.</summary>
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: message content outside DMs, mentions and replies; the developer portal must enable it, else close 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT (37377).</summary>
    public const int Default = Guilds | GuildMessages | DirectMessages | MessageContent;
}
