namespace ChatBot.Core.Tests.Evaluation;

/// <summary>The floors the evaluation set must meet; raise them when quality improves, never lower them quietly.</summary>
internal static class QualityFloors
{
    public const double InScopeAccuracy = 0.92;
    public const double OutOfScopeDeclineRate = 0.97;
    public const int MaxWrongAnswers = 4;
}
