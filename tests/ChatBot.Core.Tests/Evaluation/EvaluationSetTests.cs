using ChatBot.Core.Evaluation;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

/// <summary>
/// Quality floors on the evaluation sets, written apart from the intent examples. The floors sit at the figures
/// measured last, so quality cannot silently regress (see QualityFloors for how each set was used).
/// </summary>
public class EvaluationSetTests
{
    private static readonly Dictionary<string, Lazy<EvalReport>> Reports =
        QualityFloors.BySet.Keys.ToDictionary(set => set, set => new Lazy<EvalReport>(() => Run($"{set}.jsonl")));

    public static TheoryData<string> Sets => new(QualityFloors.BySet.Keys);

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

    private static QualityFloors.Floors FloorsOf(string set) => QualityFloors.BySet[set];

    private static EvalReport Run(string file)
    {
        using var reader = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", file));
        return Evaluator.Run(RealKnowledge.Engine, EvalSetReader.Read(reader));
    }
}
