namespace ChatBot.Telegram.Routing;

/// <summary>A question to answer in a chat: a private message, a group mention or reply, or /ask.</summary>
internal sealed record ChatQuestion(int UpdateId, ChatOrigin Origin, string Text) : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => $"chat:{Origin.ChatId}";
}
