namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>
/// MESSAGE_CREATE's message; <see cref="GuildId"/> and <see cref="Member"/> (the author's roles) are absent in DMs,
/// <see cref="WebhookId"/> is set for webhook posts.
/// </summary>
internal sealed record DiscordMessage(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string? Content = null,
    string? GuildId = null,
    string? WebhookId = null,
    int? Type = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    ReferencedMessage? ReferencedMessage = null,
    DiscordMember? Member = null);
