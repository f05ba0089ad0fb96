namespace ChatBot.Core.Conversation;

/// <summary>The last answered question of a conversation, which follow-ups ("and to Abkhazia?") build on.</summary>
public sealed record ConversationTurn(string Question, string IntentId);
