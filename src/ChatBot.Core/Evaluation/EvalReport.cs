namespace ChatBot.Core.Evaluation;

/// <summary>Figures of an evaluation run: accuracy, declines, wrong facts, per-intent precision and recall, worst confusions.</summary>
public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes)
{
    /// <summary>Number of in-scope cases.</summary>
    public int InScopeCount => Outcomes.Count(o => o.InScope);

    /// <summary>Number of out-of-scope cases.</summary>
    public int OutOfScopeCount => Outcomes.Count(o => !o.InScope);

    /// <summary>Share of in-scope cases answered by the expected intent.</summary>
    public double InScopeAccuracy => Ratio(Outcomes.Count(o => o.InScope && o.Correct), InScopeCount);

    /// <summary>Share of out-of-scope cases not answered from the article.</summary>
    public double OutOfScopeDeclineRate => Ratio(Outcomes.Count(o => !o.InScope && o.Correct), OutOfScopeCount);

    /// <summary>Cases where a fact was stated for the wrong question.</summary>
    public IReadOnlyList<EvalOutcome> WrongAnswers => Outcomes.Where(o => o.Wrong).ToList();

    /// <summary>Per intent: how often its answers were right (precision) and how often it was found when expected (recall).</summary>
    public IReadOnlyList<(string Intent, int Support, double Precision, double Recall)> PerIntent =>
        Outcomes.Select(o => o.Case.Intent).Concat(Outcomes.Select(o => o.Answer.IntentId))
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(id =>
            {
                var expected = Outcomes.Count(o => o.Case.Intent == id);
                var predicted = Outcomes.Count(o => o.Answer.IntentId == id);
                var hits = Outcomes.Count(o => o.Case.Intent == id && o.Answer.IntentId == id);
                return (id, expected, Ratio(hits, predicted), Ratio(hits, expected));
            })
            .ToList();

    /// <summary>Most frequent (expected, got) pairs among mistakes; "(decline)" stands for no intent.</summary>
    public IReadOnlyList<(string Expected, string Got, int Count)> Confusions =>
        Outcomes.Where(o => !o.Correct)
            .GroupBy(o => (Expected: o.Case.Intent ?? "(decline)", Got: o.Answer.IntentId ?? $"({o.Answer.Kind.ToString().ToLowerInvariant()})"))
            .Select(g => (g.Key.Expected, g.Key.Got, g.Count()))
            .OrderByDescending(c => c.Item3)
            .ThenBy(c => c.Expected, StringComparer.Ordinal)
            .ToList();

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
