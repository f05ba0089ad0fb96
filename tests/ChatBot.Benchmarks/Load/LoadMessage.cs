namespace ChatBot.Benchmarks.Load;

/// <summary>One private-chat text message of the load (in a private chat the chat id is the user's id).</summary>
internal sealed record LoadMessage(int MessageId, long ChatId, long UserId, string Text);
