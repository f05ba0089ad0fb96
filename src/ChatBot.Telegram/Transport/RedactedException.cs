namespace ChatBot.Telegram.Transport;

/// <summary>Stands in for an exception whose text held the bot token, so the token never reaches a log.</summary>
internal sealed class RedactedException(string message, string fullText) : Exception(message)
{
    /// <inheritdoc/>
    public override string ToString() => fullText;
}
