namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>READY's partial application: its id is where slash commands are registered.</summary>
internal sealed record ReadyApplication(string Id);
