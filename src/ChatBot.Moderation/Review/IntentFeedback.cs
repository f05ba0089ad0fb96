namespace ChatBot.Moderation.Review;

/// <summary>Feedback on one intent's replies: thumbs down and up, and the questions that got a thumbs-down.</summary>
public sealed record IntentFeedback(string IntentId, int Down, int Up, IReadOnlyList<string> DownQuestions);
