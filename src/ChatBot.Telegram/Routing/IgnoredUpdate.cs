namespace ChatBot.Telegram.Routing;

/// <summary>An update the bot stays quiet about (group chatter, other bots' commands, edits, non-text messages).</summary>
internal sealed record IgnoredUpdate(int UpdateId, string Reason) : IncomingUpdate(UpdateId)
{
    public override string OrderingKey => "";
}
