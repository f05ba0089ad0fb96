using ChatBot.Core.Knowledge;

namespace ChatBot.Core.Intents;

/// <summary>Everything the engine answers from: the documents, the checked intents and the vocabulary.</summary>
public sealed record BotKnowledge(KnowledgeBase Documents, IReadOnlyList<Intent> Intents, Vocabulary Vocabulary);
