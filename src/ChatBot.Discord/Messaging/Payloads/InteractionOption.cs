using System.Text.Json;

namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>One slash-command option; a STRING option (type 3) has a string value.</summary>
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null);
