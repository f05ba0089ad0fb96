using ChatBot.Core.Intents;

namespace ChatBot.Core.Matching;

/// <summary>An intent with the matcher's confidence that it answers the question, and why it lost points.</summary>
/// <param name="Lexical">Word overlap with the best example, before penalties.</param>
/// <param name="Unexplained">Question words the intent never mentions (each one lowers confidence).</param>
public sealed record ScoredIntent(Intent Intent, double Confidence, double Lexical, IReadOnlyList<string> Unexplained, bool TypeMismatch)
{
    /// <summary>The question checks a value (yes/no with a guess) of the kind this intent states, so its answer corrects or confirms it.</summary>
    public bool AnswersCheck { get; init; }

    /// <summary>The value the question checks is a place or a date, and this intent's answer says where or when.</summary>
    public bool AnswersWhereOrWhenCheck { get; init; }

    /// <summary>The question checks who did it by naming people ("did Putin and Tibilov sign it?"), and this intent's answer names them.</summary>
    public bool AnswersWhoCheck { get; init; }

    /// <summary>A follow-up's intent that says nothing of what the previous question named ("where?" after Geneva, of the signing).</summary>
    public bool LeavesTopic { get; init; }
}
