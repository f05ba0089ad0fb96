using ChatBot.Core.Answers;

namespace ChatBot.Moderation.Log;

/// <summary>How many logged questions got one kind of reply.</summary>
public sealed record KindCount(AnswerKind Kind, int Count);
