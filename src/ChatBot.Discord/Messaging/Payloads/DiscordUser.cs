namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>A Discord user as found in messages and interactions (only the fields the adapter reads).</summary>
internal sealed record DiscordUser(string Id, bool? Bot = null, string? Username = null);
