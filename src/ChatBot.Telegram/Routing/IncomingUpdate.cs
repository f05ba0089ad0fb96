namespace ChatBot.Telegram.Routing;

/// <summary>One Telegram update translated into what the bot should do about it; no Telegram.Bot type crosses past this.</summary>
internal abstract record IncomingUpdate(int UpdateId)
{
    /// <summary>Updates with the same key are handled one after another, in arrival order.</summary>
    public abstract string OrderingKey { get; }
}
