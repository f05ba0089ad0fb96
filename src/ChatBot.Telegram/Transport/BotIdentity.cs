namespace ChatBot.Telegram.Transport;

/// <summary>Who the bot is, learnt from getMe at start: groups address it as @Username.</summary>
internal sealed record BotIdentity(long Id, string Username);
