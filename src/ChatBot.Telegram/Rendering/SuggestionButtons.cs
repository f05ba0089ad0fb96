using System.Text;
using ChatBot.Core.Answers;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Rendering;

/// <summary>
/// Turns suggestions into inline keyboard buttons and a pressed button back into its question. Callback data is capped
/// at 64 bytes, so it carries only a short token; the question is the button's own label, read back from the keyboard
/// of the message the button sits on, which keeps working across restarts without any server-side map.
/// </summary>
internal static class SuggestionButtons
{
    public const string Prefix = "s:";
    private const int MaxCallbackBytes = 64;
    private const int MaxButtons = 5;

    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<Suggestion> suggestions)
    {
        // A button without a label makes Telegram refuse the whole message, so blank suggestions are left out.
        var rows = suggestions
            .Where(s => !string.IsNullOrWhiteSpace(Label(s.Question)))
            .Take(MaxButtons)
            .Select((s, i) => new[] { InlineKeyboardButton.WithCallbackData(Label(s.Question), Token(i, s.IntentId)) })
            .ToArray();
        return rows.Length == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    /// <summary>The question of the pressed button, or null when the data is not ours or the keyboard is gone (message too old).</summary>
    public static string? QuestionFor(string? data, InlineKeyboardMarkup? keyboard)
    {
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal) || keyboard is null)
        {
            return null;
        }

        var button = keyboard.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data);
        return string.IsNullOrWhiteSpace(button?.Text) ? null : button.Text;
    }

    /// <summary>"s:{index}:{intent id}", the id reduced to safe ASCII and cut to fit 64 bytes.</summary>
    internal static string Token(int index, string intentId)
    {
        var token = new StringBuilder(Prefix).Append(index).Append(':');
        foreach (var c in intentId)
        {
            if (token.Length >= MaxCallbackBytes)
            {
                break;
            }

            token.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }

        return token.ToString();
    }

    // Control characters and halves of broken surrogate pairs dropped: Telegram refuses a button whose text is not valid UTF-8.
    private static string Label(string question)
    {
        var label = new StringBuilder(question.Length);
        for (var i = 0; i < question.Length; i++)
        {
            var c = question[i];
            if (char.IsHighSurrogate(c) && i + 1 < question.Length && char.IsLowSurrogate(question[i + 1]))
            {
                label.Append(c).Append(question[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c))
            {
                label.Append(c);
            }
        }

        return label.ToString();
    }
}
