namespace ChatBot.Telegram.Routing;

/// <summary>A command addressed to the bot.</summary>
internal sealed record ChatCommand(int UpdateId, ChatOrigin Origin, CommandKind Kind) : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => $"chat:{Origin.ChatId}";
}
