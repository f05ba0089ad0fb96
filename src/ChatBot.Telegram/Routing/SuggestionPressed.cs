namespace ChatBot.Telegram.Routing;

/// <summary>A did-you-mean button was pressed; <see cref="Question"/> is null when it can no longer be read back.</summary>
/// <param name="Origin">The message holding the button (the reply quotes it), or null for buttons outside a chat.</param>
internal sealed record SuggestionPressed(int UpdateId, string CallbackQueryId, long UserId, ChatOrigin? Origin, string? Question)
    : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => Origin is { } o ? $"chat:{o.ChatId}" : $"user:{UserId}";
}
