using ChatBot.Telegram.Options;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Transport;

/// <summary>Removes the bot token from text and exceptions before they are logged (Telegram puts it in every URL path).</summary>
internal sealed class TokenRedactor(IOptions<TelegramOptions> options)
{
    private const string Mask = "<redacted-token>";
    private readonly string _token = options.Value.Token;

    public string Redact(string text) => _token.Length == 0 ? text : text.Replace(_token, Mask, StringComparison.Ordinal);

    /// <summary>The exception itself when it does not mention the token, else a copy of its text with the token masked.</summary>
    public Exception Redact(Exception exception)
    {
        var text = exception.ToString();
        return _token.Length == 0 || !text.Contains(_token, StringComparison.Ordinal)
            ? exception
            : new RedactedException(Redact(exception.Message), Redact(text));
    }
}
