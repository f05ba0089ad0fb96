using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Evaluation;

namespace ChatBot.Cli;

/// <summary><c>eval FILE</c> runs a labelled question set and prints accuracy, declines, wrong answers and confusions.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context, KnowledgeOptions knowledge)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON lines: {\"question\", \"intent\" (null = must decline), \"context\": [earlier questions]}." };
        var minAccuracy = new Option<double>("--min-accuracy") { Description = "Fail below this in-scope accuracy (0-1).", DefaultValueFactory = _ => 0.95 };
        var minDecline = new Option<double>("--min-decline") { Description = "Fail below this out-of-scope decline rate (0-1).", DefaultValueFactory = _ => 0.95 };
        var maxWrong = new Option<int>("--max-wrong") { Description = "Fail above this many wrong facts stated.", DefaultValueFactory = _ => 0 };
        var verbose = new Option<bool>("--verbose") { Description = "List every mistake with the bot's reply." };
        var command = new Command("eval", "Measure answer quality on a labelled question set.") { file, minAccuracy, minDecline, maxWrong, verbose };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                context.Error.WriteLine($"The evaluation file '{path.FullName}' does not exist.");
                return ExitCodes.BadInput;
            }

            IReadOnlyList<EvalCase> cases;
            try
            {
                using var reader = path.OpenText();
                cases = EvalSetReader.Read(reader);
            }
            catch (FormatException ex)
            {
                context.Error.WriteLine($"{path.Name}: {ex.Message}");
                return ExitCodes.BadInput;
            }

            var (intents, seeds) = knowledge.Get(result);
            var engine = EngineFactory.Load(context, intents, seeds);
            if (engine is null)
            {
                return ExitCodes.InvalidKnowledge;
            }

            var report = Evaluator.Run(engine, cases);
            Print(context.Out, report, result.GetValue(verbose));
            var pass = report.InScopeAccuracy >= result.GetValue(minAccuracy)
                && report.OutOfScopeDeclineRate >= result.GetValue(minDecline)
                && report.WrongAnswers.Count <= result.GetValue(maxWrong);
            context.Out.WriteLine(pass ? "PASS: all figures meet their floors." : "FAIL: a figure is below its floor.");
            return pass ? ExitCodes.Success : ExitCodes.BelowFloor;
        });
        return command;
    }

    private static void Print(TextWriter output, EvalReport report, bool verbose)
    {
        var percent = (double value) => value.ToString("P1", CultureInfo.InvariantCulture);
        output.WriteLine($"Questions: {report.Outcomes.Count} ({report.InScopeCount} in scope, {report.OutOfScopeCount} out of scope)");
        output.WriteLine($"In-scope accuracy:        {percent(report.InScopeAccuracy)}");
        output.WriteLine($"Out-of-scope declined:    {percent(report.OutOfScopeDeclineRate)}");
        output.WriteLine($"Wrong facts stated:       {report.WrongAnswers.Count}");
        output.WriteLine();
        output.WriteLine($"{"intent",-30} {"support",7} {"precision",9} {"recall",7}");
        foreach (var (intent, support, precision, recall) in report.PerIntent)
        {
            output.WriteLine($"{intent,-30} {support,7} {percent(precision),9} {percent(recall),7}");
        }

        output.WriteLine();
        output.WriteLine("Worst confusions (expected -> got):");
        foreach (var (expected, got, count) in report.Confusions.Take(verbose ? int.MaxValue : 10))
        {
            output.WriteLine($"  {count,3} x {expected} -> {got}");
        }

        if (verbose)
        {
            output.WriteLine();
            foreach (var outcome in report.Outcomes.Where(o => !o.Correct))
            {
                var context = outcome.Case.Context.Count > 0 ? $" [after: {string.Join(" | ", outcome.Case.Context)}]" : string.Empty;
                output.WriteLine($"  line {outcome.Case.Line}: \"{outcome.Case.Question}\"{context} expected {outcome.Case.Intent ?? "decline"}, got {outcome.Answer.Kind} {outcome.Answer.IntentId} ({outcome.Answer.Confidence:F2})");
            }
        }
    }
}
