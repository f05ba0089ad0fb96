using System.Text;

namespace ChatBot.Discord.Rendering;

/// <summary>Makes echoed text inert in Discord: markdown characters are backslash-escaped and every '@' gets a zero-width space after it, so no mention can form.</summary>
internal static class DiscordMarkdown
{
    /// <summary>Put after '@' so <c>@everyone</c>, <c>&lt;@123&gt;</c> and <c>&lt;@&amp;123&gt;</c> never parse as mentions.</summary>
    public const char ZeroWidthSpace = '\u200B';

    // '<' too: <t:..>, <:emoji:id>, </command:id> and <#channel> render as timestamps, emoji, command and channel links.
    private const string Special = "\\*_~`|<>#-[]()";

    /// <summary>
    /// Escapes <paramref name="text"/> for a message content or embed description; control characters other than newline
    /// and halves of broken surrogate pairs (not valid text, so Discord would refuse the message) are dropped.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in WithoutBrokenSurrogates(text))
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
        new string(WithoutBrokenSurrogates(text).Where(c => !char.IsControl(c)).ToArray()).Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal);

    private static IEnumerable<char> WithoutBrokenSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                yield return text[i];
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return text[i];
                yield return text[++i];
            }
        }
    }
}
