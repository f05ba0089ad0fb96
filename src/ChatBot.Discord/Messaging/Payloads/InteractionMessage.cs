namespace ChatBot.Discord.Messaging.Payloads;

/// <summary>
/// The message a clicked component sits on: its id, and for an interaction's response the interaction it answered
/// (<c>interaction_metadata</c>, or the older <c>interaction</c>); for a reply, the message it replied to.
/// </summary>
internal sealed record InteractionMessage(
    string Id,
    MessageInteraction? InteractionMetadata = null,
    MessageInteraction? Interaction = null,
    ReferencedMessage? ReferencedMessage = null)
{
    /// <summary>The id of the interaction this message answered, if it was an interaction's response.</summary>
    public string? AnsweredInteractionId => InteractionMetadata?.Id ?? Interaction?.Id;
}
