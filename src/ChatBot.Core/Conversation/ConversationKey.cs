namespace ChatBot.Core.Conversation;

/// <summary>Identifies one reader's conversation: context never leaks between users, chats or platforms.</summary>
public readonly record struct ConversationKey(string Platform, string ChatId, string UserId);
