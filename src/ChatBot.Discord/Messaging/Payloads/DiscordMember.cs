namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>A guild member; only the user is read.</summary>
internal sealed record DiscordMember(DiscordUser? User = null);
