using System.Text;

namespace ChatBot.Discord.Rendering;

/// <summary>Makes echoed text inert in Discord: markdown characters are backslash-escaped and every '@' gets a zero-width space after it, so no mention can form.</summary>
internal static class DiscordMarkdown
{
    /// <summary>Put after '@' so <c>@everyone</c>, <c>&lt;@123&gt;</c> and <c>&lt;@&amp;123&gt;</c> never parse as mentions.</summary>
    public const char ZeroWidthSpace = '\u200B';

    private const string Special = "\\*_~`|>#-[]()";

    /// <summary>Escapes <paramref name="text"/> for a message content or embed description; control characters other than newline are dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c))
            {
                escaped.Append('\\').Append(c);
            }
            else if (c == '@')
            {
                escaped.Append('@').Append(ZeroWidthSpace);
            }
            else if (!char.IsControl(c) || c == '\n')
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>For places that show text verbatim (button labels): no markdown there, but mentions are still neutralised.</summary>
    public static string NeutraliseMentions(string text) =>
        new string(text.Where(c => !char.IsControl(c)).ToArray()).Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal);
}
