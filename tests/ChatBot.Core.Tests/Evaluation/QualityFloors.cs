namespace ChatBot.Core.Tests.Evaluation;

/// <summary>The floors each evaluation set must meet; raise them when quality improves, never lower them quietly.</summary>
internal static class QualityFloors
{
    /// <summary>eval-set.jsonl: the set the thresholds were chosen on.</summary>
    public static readonly Floors EvalSet = new(InScopeAccuracy: 0.98, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 2);

    /// <summary>holdout-set.jsonl: written later by someone who saw neither the intents nor the first set.</summary>
    public static readonly Floors HoldoutSet = new(InScopeAccuracy: 0.96, OutOfScopeDeclineRate: 1.0, MaxWrongAnswers: 0);

    /// <summary>holdout2-set.jsonl: written the same way; measured unseen in the first session, used to find engine bugs since.</summary>
    public static readonly Floors Holdout2Set = new(InScopeAccuracy: 0.95, OutOfScopeDeclineRate: 1.0, MaxWrongAnswers: 0);

    /// <summary>holdout3-set.jsonl to holdout7-set.jsonl: each written by someone who saw neither the intents, the engine nor
    /// the other sets. Each was measured once while unseen (see README, "Quality"), then used to find engine bugs.</summary>
    public static readonly Floors Holdout3Set = new(InScopeAccuracy: 0.94, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 2);

    public static readonly Floors Holdout4Set = new(InScopeAccuracy: 0.91, OutOfScopeDeclineRate: 0.94, MaxWrongAnswers: 11);

    public static readonly Floors Holdout5Set = new(InScopeAccuracy: 0.93, OutOfScopeDeclineRate: 1.0, MaxWrongAnswers: 1);

    public static readonly Floors Holdout6Set = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.97, MaxWrongAnswers: 4);

    public static readonly Floors Holdout7Set = new(InScopeAccuracy: 0.89, OutOfScopeDeclineRate: 0.94, MaxWrongAnswers: 9);

    public static readonly Floors Holdout8Set = new(InScopeAccuracy: 0.86, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 7);

    /// <summary>holdout9-set.jsonl: the last one, measured unseen with the engine and intents as committed.</summary>
    public static readonly Floors Holdout9Set = new(InScopeAccuracy: 0.87, OutOfScopeDeclineRate: 0.98, MaxWrongAnswers: 3);

    internal sealed record Floors(double InScopeAccuracy, double OutOfScopeDeclineRate, int MaxWrongAnswers);
}
