using ChatBot.Core.Evaluation;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

/// <summary>
/// Quality floors on the held-out evaluation set (eval-set.jsonl, written apart from the intent examples).
/// They sit just under the figures measured when the thresholds were chosen, so quality cannot silently regress.
/// </summary>
public class EvaluationSetTests
{
    private static readonly Lazy<EvalReport> Report = new(() =>
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "eval-set.jsonl"));
        return Evaluator.Run(RealKnowledge.Engine, EvalSetReader.Read(reader));
    });

    [Fact]
    public void TheSetIsLargeAndMixed()
    {
        Assert.True(Report.Value.InScopeCount >= 150, $"{Report.Value.InScopeCount} in-scope questions");
        Assert.True(Report.Value.OutOfScopeCount >= 50, $"{Report.Value.OutOfScopeCount} out-of-scope questions");
    }

    [Fact]
    public void InScopeAccuracyStaysAboveItsFloor() =>
        Assert.True(Report.Value.InScopeAccuracy >= QualityFloors.InScopeAccuracy, $"in-scope accuracy {Report.Value.InScopeAccuracy:P1}");

    [Fact]
    public void OutOfScopeQuestionsAreDeclined() =>
        Assert.True(Report.Value.OutOfScopeDeclineRate >= QualityFloors.OutOfScopeDeclineRate, $"declined {Report.Value.OutOfScopeDeclineRate:P1}");

    [Fact]
    public void WrongFactsStayRare()
    {
        var wrong = Report.Value.WrongAnswers;
        Assert.True(wrong.Count <= QualityFloors.MaxWrongAnswers, string.Join("\n", wrong.Select(w => $"\"{w.Case.Question}\" expected {w.Case.Intent ?? "decline"}, got {w.Answer.IntentId}")));
    }
}
