using ChatBot.Core.Evaluation;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

/// <summary>
/// Quality floors on the evaluation sets, written apart from the intent examples. The floors sit at the figures
/// measured last, so quality cannot silently regress (see QualityFloors for how each set was used).
/// </summary>
public class EvaluationSetTests
{
    private static readonly Dictionary<string, Lazy<EvalReport>> Reports = new()
    {
        ["eval-set"] = new(() => Run("eval-set.jsonl")),
        ["holdout-set"] = new(() => Run("holdout-set.jsonl")),
        ["holdout2-set"] = new(() => Run("holdout2-set.jsonl")),
        ["holdout3-set"] = new(() => Run("holdout3-set.jsonl")),
        ["holdout4-set"] = new(() => Run("holdout4-set.jsonl")),
        ["holdout5-set"] = new(() => Run("holdout5-set.jsonl")),
        ["holdout6-set"] = new(() => Run("holdout6-set.jsonl")),
        ["holdout7-set"] = new(() => Run("holdout7-set.jsonl")),
        ["holdout8-set"] = new(() => Run("holdout8-set.jsonl")),
        ["holdout9-set"] = new(() => Run("holdout9-set.jsonl")),
    };

    public static TheoryData<string> Sets => ["eval-set", "holdout-set", "holdout2-set", "holdout3-set", "holdout4-set", "holdout5-set", "holdout6-set", "holdout7-set", "holdout8-set", "holdout9-set"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void TheSetIsLargeAndMixed(string set)
    {
        var report = Reports[set].Value;
        Assert.True(report.InScopeCount >= 150, $"{report.InScopeCount} in-scope questions");
        Assert.True(report.OutOfScopeCount >= 50, $"{report.OutOfScopeCount} out-of-scope questions");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void InScopeAccuracyStaysAboveItsFloor(string set)
    {
        var report = Reports[set].Value;
        Assert.True(report.InScopeAccuracy >= FloorsOf(set).InScopeAccuracy, $"in-scope accuracy {report.InScopeAccuracy:P1}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void OutOfScopeQuestionsAreDeclined(string set)
    {
        var report = Reports[set].Value;
        Assert.True(report.OutOfScopeDeclineRate >= FloorsOf(set).OutOfScopeDeclineRate, $"declined {report.OutOfScopeDeclineRate:P1}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void WrongFactsStayRare(string set)
    {
        var wrong = Reports[set].Value.WrongAnswers;
        Assert.True(wrong.Count <= FloorsOf(set).MaxWrongAnswers, string.Join("\n", wrong.Select(w => $"\"{w.Case.Question}\" expected {w.Case.Intent ?? "decline"}, got {w.Answer.IntentId}")));
    }

    private static QualityFloors.Floors FloorsOf(string set) => set switch
    {
        "eval-set" => QualityFloors.EvalSet,
        "holdout-set" => QualityFloors.HoldoutSet,
        "holdout2-set" => QualityFloors.Holdout2Set,
        "holdout3-set" => QualityFloors.Holdout3Set,
        "holdout4-set" => QualityFloors.Holdout4Set,
        "holdout5-set" => QualityFloors.Holdout5Set,
        "holdout6-set" => QualityFloors.Holdout6Set,
        "holdout7-set" => QualityFloors.Holdout7Set,
        "holdout8-set" => QualityFloors.Holdout8Set,
        _ => QualityFloors.Holdout9Set,
    };

    private static EvalReport Run(string file)
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", file));
        return Evaluator.Run(RealKnowledge.Engine, EvalSetReader.Read(reader));
    }
}
