using System.Text.RegularExpressions;

namespace ChatBot.Discord.Messaging;

/// <summary>Finds and strips the bot's mention (<c>&lt;@id&gt;</c> and the legacy nickname form <c>&lt;@!id&gt;</c>) from message text.</summary>
internal static partial class MentionText
{
    public static bool Mentions(string content, string botId) =>
        content.Contains($"<@{botId}>", StringComparison.Ordinal) || content.Contains($"<@!{botId}>", StringComparison.Ordinal);

    /// <summary>The question without the bot's mentions, whitespace collapsed.</summary>
    public static string Strip(string content, string botId)
    {
        var withoutMention = content.Replace($"<@!{botId}>", " ", StringComparison.Ordinal).Replace($"<@{botId}>", " ", StringComparison.Ordinal);
        return Whitespace().Replace(withoutMention, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
