namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>On a message sent as an interaction's response: which interaction (only the id is read).</summary>
internal sealed record MessageInteraction(string Id);
