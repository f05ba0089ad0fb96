namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>An interaction's data: the command name and options, or the clicked component's custom_id.</summary>
internal sealed record InteractionData(string? Name = null, IReadOnlyList<InteractionOption>? Options = null, string? CustomId = null, int? ComponentType = null);
