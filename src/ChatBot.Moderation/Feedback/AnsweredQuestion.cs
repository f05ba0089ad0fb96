namespace ChatBot.Moderation.Feedback;

/// <summary>What one reply answered: the question as asked and the intent that answered it.</summary>
public sealed record AnsweredQuestion(string Question, string? IntentId);
