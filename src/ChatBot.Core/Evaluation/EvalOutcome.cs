using ChatBot.Core.Answers;

namespace ChatBot.Core.Evaluation;

/// <summary>What the engine did with one evaluation case.</summary>
public sealed record EvalOutcome(EvalCase Case, Answer Answer)
{
    /// <summary>True for a case the article answers (small talk included).</summary>
    public bool InScope => Case.Intent is not null;

    /// <summary>In scope and answered by the expected intent; out of scope and not answered from the article.</summary>
    public bool Correct => InScope
        ? Answer.IntentId == Case.Intent && Answer.Kind is AnswerKind.Answered or AnswerKind.SmallTalk
        : !Answer.Answered;

    /// <summary>A fact was stated that does not answer the question: the worst outcome.</summary>
    public bool Wrong => Answer.Answered && Answer.IntentId != Case.Intent;
}
