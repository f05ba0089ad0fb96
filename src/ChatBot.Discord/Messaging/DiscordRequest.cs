using ChatBot.Core.Conversation;

namespace ChatBot.Discord.Messaging;

/// <summary>A Discord event translated at the edge into what the adapter must do; no Discord payload type goes further.</summary>
internal abstract record DiscordRequest;

/// <summary>A question in a channel or DM, answered with a reply to <paramref name="MessageId"/>.</summary>
internal sealed record ChannelQuestion(ConversationKey Conversation, string ChannelId, string MessageId, string Question) : DiscordRequest;

/// <summary>A question from <c>/ask</c> or a suggestion button, answered through the interaction's callback within 3 s.</summary>
internal sealed record InteractionQuestion(ConversationKey Conversation, string InteractionId, string Token, string? ApplicationId, string Question, bool FromButton) : DiscordRequest;

/// <summary>A 👍 (<paramref name="Helpful"/>) or 👎 click under an answer.</summary>
/// <param name="ReplyKeys">Where the answer may be remembered (<see cref="Interactions.FeedbackRecorder"/> keys), most specific first.</param>
/// <param name="IntentId">The intent named in the custom_id (the remembered answer has it uncut).</param>
/// <param name="RepliedQuestion">The question the answer replied to, read from the message, for answers no longer remembered.</param>
internal sealed record FeedbackClick(
    ConversationKey Conversation,
    string InteractionId,
    string Token,
    bool Helpful,
    string IntentId,
    IReadOnlyList<string> ReplyKeys,
    string? RepliedQuestion) : DiscordRequest;

/// <summary>A button whose suggestion is no longer known (the store forgot it); answered with a short ephemeral note.</summary>
internal sealed record ExpiredButton(string InteractionId, string Token) : DiscordRequest;

/// <summary>READY arrived: register the slash command (once per process).</summary>
internal sealed record RegisterCommands : DiscordRequest;
