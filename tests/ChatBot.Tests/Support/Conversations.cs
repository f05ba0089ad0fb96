using ChatBot.Core.Conversation;

namespace ChatBot.Tests.Support;

/// <summary>Who is asking: the configured moderators, someone else, the console user.</summary>
public static class Conversations
{
    public static readonly ConversationKey TelegramModerator = new("telegram", "100", "12345");

    public static readonly ConversationKey DiscordModerator = new("discord", "channel-1", "8888");

    public static readonly ConversationKey TelegramReader = new("telegram", "100", "999");

    public static readonly ConversationKey DiscordReader = new("discord", "channel-1", "12345");

    public static readonly ConversationKey Console = new("console", "local", "local");
}
