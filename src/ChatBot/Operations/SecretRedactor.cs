using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Operations;

/// <summary>
/// Keeps secrets out of stored questions: any configured value whose key ends in Token, Secret, Password or ApiKey,
/// and anything shaped like a Telegram bot token, becomes "[redacted]" (a reader may paste one into the chat).
/// </summary>
internal sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    private static readonly string[] SecretKeySuffixes = ["Token", "Secret", "Password", "ApiKey"];

    private readonly string[] _secrets;

    public SecretRedactor(IConfiguration configuration)
    {
        _secrets = configuration.AsEnumerable()
            .Where(pair => SecretKeySuffixes.Any(s => pair.Key.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Select(pair => pair.Value)
            .OfType<string>()
            .Where(value => value.Trim().Length >= 8)
            .Select(value => value.Trim())
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)
            .ToArray();
    }

    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return TelegramToken().Replace(text, Mask);
    }

    [GeneratedRegex(@"\b\d{5,}:[A-Za-z0-9_-]{30,}")]
    private static partial Regex TelegramToken();
}
