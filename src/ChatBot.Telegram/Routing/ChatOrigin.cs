namespace ChatBot.Telegram.Routing;

/// <summary>Where a message came from and who sent it: the reply goes to <see cref="ChatId"/>, quoting <see cref="MessageId"/>.</summary>
internal sealed record ChatOrigin(long ChatId, long UserId, int MessageId);
