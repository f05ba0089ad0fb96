namespace ChatBot.Discord.Rendering;

/// <summary>Discord's size limits and a truncation that never splits a surrogate pair or an escape sequence.</summary>
internal static class TextLimits
{
    public const int Content = 2000;
    public const int EmbedDescription = 4096;
    public const int EmbedTotal = 6000;
    public const int ButtonLabel = 80;
    public const int ButtonsPerRow = 5;

    /// <summary><paramref name="text"/> cut to at most <paramref name="max"/> characters, ending in '…' when cut.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An odd run of trailing backslashes means the last one escaped a character that was cut off.
        var backslashes = 0;
        while (cut - backslashes > 0 && text[cut - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        if (backslashes % 2 == 1)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
