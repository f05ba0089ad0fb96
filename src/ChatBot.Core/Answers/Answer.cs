namespace ChatBot.Core.Answers;

/// <summary>The engine's reply to one question, independent of any chat platform.</summary>
public sealed record Answer(
    string Question,
    AnswerKind Kind,
    string Text,
    double Confidence,
    string? IntentId,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Suggestion> Suggestions)
{
    /// <summary>True only when the reply states a fact from the article.</summary>
    public bool Answered => Kind == AnswerKind.Answered;
}
