namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>A guild member: the user (interactions only; MESSAGE_CREATE puts it in <c>author</c>) and the ids of the roles they hold in that guild.</summary>
internal sealed record DiscordMember(DiscordUser? User = null, IReadOnlyList<string>? Roles = null);
