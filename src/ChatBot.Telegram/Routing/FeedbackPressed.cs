namespace ChatBot.Telegram.Routing;

/// <summary>A thumbs-up (<paramref name="Helpful"/>) or thumbs-down button under an answer was pressed.</summary>
/// <param name="Origin">The answer holding the button (chat and message id), or null for buttons outside a chat.</param>
/// <param name="IntentId">The intent named in the button's data (cut to fit 64 bytes; the remembered answer has it whole).</param>
/// <param name="RepliedQuestion">The question read back from the message the answer replied to, for answers no longer remembered.</param>
internal sealed record FeedbackPressed(int UpdateId, string CallbackQueryId, long UserId, ChatOrigin? Origin, bool Helpful, string IntentId, string? RepliedQuestion)
    : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => Origin is { } o ? $"chat:{o.ChatId}" : $"user:{UserId}";
}
