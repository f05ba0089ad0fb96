using ChatBot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>The configured moderators (<see cref="ModerationOptions.Moderators"/>) plus the console chat user, "console:local".</summary>
internal sealed class ModeratorList
{
    /// <summary>The console chat's reader: whoever has the terminal runs the bot, so they moderate it.</summary>
    public const string ConsoleUser = "console:local";

    private readonly HashSet<(string Platform, string UserId)> _moderators = [];

    public ModeratorList(IOptions<ModerationOptions> options)
    {
        foreach (var entry in options.Value.Moderators.Append(ConsoleUser))
        {
            if (TryParse(entry, out var platform, out var userId))
            {
                _moderators.Add((platform, userId));
            }
        }
    }

    /// <summary>True when the person in <paramref name="conversation"/> is a moderator.</summary>
    public bool Contains(ConversationKey conversation) =>
        _moderators.Contains((conversation.Platform.ToLowerInvariant(), conversation.UserId));

    /// <summary>Splits "platform:userId"; the platform is lower-cased, the user id kept as written.</summary>
    public static bool TryParse(string? entry, out string platform, out string userId)
    {
        platform = userId = string.Empty;
        var colon = entry?.IndexOf(':') ?? -1;
        if (entry is null || colon <= 0 || colon == entry.Length - 1)
        {
            return false;
        }

        platform = entry[..colon].Trim().ToLowerInvariant();
        userId = entry[(colon + 1)..].Trim();
        return platform.Length > 0 && userId.Length > 0 && !platform.Any(char.IsWhiteSpace) && !userId.Any(char.IsWhiteSpace);
    }
}
