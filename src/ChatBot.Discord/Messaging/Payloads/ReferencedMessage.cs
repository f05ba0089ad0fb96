namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>The message a reply points at: its author (is it the bot?) and its text (the question a reply of the bot answered).</summary>
internal sealed record ReferencedMessage(string? Id = null, DiscordUser? Author = null, string? Content = null);
