using ChatBot.Core.Conversation;
using Microsoft.Extensions.Options;

namespace ChatBot.Operations;

/// <summary>
/// The configured moderators (<see cref="ModerationOptions.Moderators"/>) plus the console chat user, "console:local".
/// An entry "platform:userId" names one person; "platform-role:roleId" (e.g. "discord-role:123") makes everyone who
/// holds that role where they ask (<see cref="ConversationKey.Roles"/>, which the adapter fills) a moderator.
/// </summary>
internal sealed class ModeratorList
{
    /// <summary>The console chat's reader: whoever has the terminal runs the bot, so they moderate it.</summary>
    public const string ConsoleUser = "console:local";

    /// <summary>Ends the platform part of a role entry: "discord-role:ROLEID".</summary>
    public const string RoleSuffix = "-role";

    private readonly HashSet<(string Platform, string UserId)> _moderators = [];
    private readonly HashSet<(string Platform, string RoleId)> _roles = [];

    public ModeratorList(IOptions<ModerationOptions> options)
    {
        foreach (var entry in options.Value.Moderators.Append(ConsoleUser))
        {
            if (!TryParse(entry, out var platform, out var id))
            {
                continue;
            }

            if (platform.Length > RoleSuffix.Length && platform.EndsWith(RoleSuffix, StringComparison.Ordinal))
            {
                _roles.Add((platform[..^RoleSuffix.Length], id));
            }
            else
            {
                _moderators.Add((platform, id));
            }
        }
    }

    /// <summary>True when the person in <paramref name="conversation"/> is a moderator, by user id or by one of their roles.</summary>
    public bool Contains(ConversationKey conversation)
    {
        var platform = conversation.Platform.ToLowerInvariant();
        return _moderators.Contains((platform, conversation.UserId))
            || (_roles.Count > 0 && conversation.Roles.Any(role => _roles.Contains((platform, role))));
    }

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
