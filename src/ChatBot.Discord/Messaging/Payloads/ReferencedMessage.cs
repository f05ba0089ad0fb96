namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>The message a reply points at; only its author matters (is it the bot?).</summary>
internal sealed record ReferencedMessage(string? Id = null, DiscordUser? Author = null);
