using System.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// The 👍/👎 buttons under an answer from the article: callback data "f:+:{intent id}" and "f:-:{intent id}", the id
/// reduced to safe ASCII and cut so the data fits Telegram's 64 bytes.
/// </summary>
internal static class FeedbackButtons
{
    public const string Prefix = "f:";
    public const string Helpful = "\U0001F44D";
    public const string NotHelpful = "\U0001F44E";
    private const int MaxCallbackBytes = 64;

    /// <summary>One keyboard row: 👍 then 👎.</summary>
    public static InlineKeyboardButton[] Row(string intentId) =>
    [
        InlineKeyboardButton.WithCallbackData(Helpful, Data(helpful: true, intentId)),
        InlineKeyboardButton.WithCallbackData(NotHelpful, Data(helpful: false, intentId)),
    ];

    /// <summary>"f:+:{id}" or "f:-:{id}", at most 64 bytes.</summary>
    public static string Data(bool helpful, string intentId)
    {
        var data = new StringBuilder(Prefix).Append(helpful ? '+' : '-').Append(':');
        foreach (var c in intentId)
        {
            if (data.Length >= MaxCallbackBytes)
            {
                break;
            }

            data.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }

        return data.ToString();
    }

    /// <summary>Reads feedback callback data; false for anything else (suggestion buttons, foreign data).</summary>
    public static bool TryParse(string? data, out bool helpful, out string intentId)
    {
        helpful = false;
        intentId = "";
        if (data is null || data.Length < 4 || !data.StartsWith(Prefix, StringComparison.Ordinal) || data[3] != ':' || data[2] is not ('+' or '-'))
        {
            return false;
        }

        helpful = data[2] == '+';
        intentId = data[4..];
        return true;
    }
}
