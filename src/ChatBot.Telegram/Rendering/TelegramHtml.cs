namespace ChatBot.Telegram.Rendering;

/// <summary>Telegram's HTML parse mode: the escaping it needs and its message length limit.</summary>
internal static class TelegramHtml
{
    /// <summary>Longest text Telegram accepts in one message.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>
    /// Escapes the four characters Telegram's HTML parser reads as markup. Hand-written because
    /// WebUtility.HtmlEncode also turns every non-ASCII letter into a numeric entity, which wastes the length budget.
    /// </summary>
    public static string Escape(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => c.ToString(),
    };
}
