namespace ChatBot.Telegram.Routing;

/// <summary>"@bot question" typed in any chat: answered with an inline result.</summary>
internal sealed record InlineQuestion(int UpdateId, string InlineQueryId, long UserId, string Text) : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => $"inline:{UserId}";
}
