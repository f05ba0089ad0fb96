namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>READY: the session to resume later, where to resume, the bot user and its application.</summary>
internal sealed record ReadyEvent(string SessionId, string ResumeGatewayUrl, DiscordUser User, ReadyApplication? Application = null);
