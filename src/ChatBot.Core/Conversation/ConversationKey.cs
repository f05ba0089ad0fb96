using System.Text;

namespace ChatBot.Core.Conversation;

/// <summary>
/// Identifies one reader's conversation: context never leaks between users, chats or platforms. <see cref="Roles"/>
/// travels with the key but is not part of its identity (equality and hash use platform, chat and user only).
/// </summary>
public readonly record struct ConversationKey(string Platform, string ChatId, string UserId)
{
    private readonly IReadOnlyList<string>? _roles;

    /// <summary>
    /// The roles the user holds where they asked, as the platform's plain ids (Discord: the guild member's role ids);
    /// empty where the platform has none (DMs, Telegram, the console). Read by role-based permissions such as the
    /// moderator commands. Not part of the key's identity: the follow-up context stays the same when roles change.
    /// </summary>
    public IReadOnlyList<string> Roles
    {
        get => _roles ?? [];
        init => _roles = value;
    }

    /// <inheritdoc/>
    public bool Equals(ConversationKey other) =>
        string.Equals(Platform, other.Platform, StringComparison.Ordinal)
        && string.Equals(ChatId, other.ChatId, StringComparison.Ordinal)
        && string.Equals(UserId, other.UserId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Platform, ChatId, UserId);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Platform = ").Append(Platform).Append(", ChatId = ").Append(ChatId).Append(", UserId = ").Append(UserId);
        if (Roles.Count > 0)
        {
            builder.Append(", Roles = [").AppendJoin(", ", Roles).Append(']');
        }

        return true;
    }
}
