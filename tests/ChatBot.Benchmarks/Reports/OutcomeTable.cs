using System.Globalization;
using ChatBot.Benchmarks.Workloads;
using ChatBot.Core.Answers;

namespace ChatBot.Benchmarks.Reports;

/// <summary>
/// <c>--outcomes</c>: what the engine replies to each benchmark's question mix (answered, did you mean, declined),
/// to show the generated knowledge bases make the engine do the same kind of work as the real one.
/// </summary>
internal static class OutcomeTable
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("| knowledge | intents | distinct words | questions | answered | did you mean | declined | small talk |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in Enum.GetValues<KnowledgeSize>())
        {
            var workload = Workload.For(size);
            var engine = new AnswerEngine(workload.Knowledge);
            var kinds = workload.Questions.Select(q => engine.Ask(q).Kind).CountBy(k => k).ToDictionary();
            var words = workload.VocabularyWords > 0 ? workload.VocabularyWords.ToString("N0", CultureInfo.InvariantCulture) : "(article)";
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {size} | {workload.Knowledge.Intents.Count:N0} | {words} | {workload.Questions.Count} | {kinds.GetValueOrDefault(AnswerKind.Answered)} | {kinds.GetValueOrDefault(AnswerKind.DidYouMean)} | {kinds.GetValueOrDefault(AnswerKind.Declined)} | {kinds.GetValueOrDefault(AnswerKind.SmallTalk)} |"));
        }
    }
}
