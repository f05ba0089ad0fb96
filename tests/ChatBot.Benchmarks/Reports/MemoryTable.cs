using System.Diagnostics;
using System.Globalization;
using ChatBot.Benchmarks.Workloads;
using ChatBot.Core.Answers;

namespace ChatBot.Benchmarks.Reports;

/// <summary>
/// <c>--memory</c>: heap retained by the engine (GC.GetTotalMemory after full collections, before and after building it)
/// for the article and 1k/10k/20k generated intents, to show memory grows linearly with the number of intents.
/// </summary>
internal static class MemoryTable
{
    private static readonly int[] GeneratedSizes = [1_000, 10_000, 20_000];

    public static void Print(TextWriter output)
    {
        output.WriteLine("| knowledge | intents | phrasings | knowledge itself | engine (first build) | engine (rebuild) | engine per intent | first build time |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row(output, "article", Workload.Article);
        foreach (var size in GeneratedSizes)
        {
            Row(output, $"generated {size:N0}", () => Workload.Generated(size));
        }

        output.WriteLine();
        output.WriteLine("knowledge itself: intents, article and questions as held in memory before any engine exists.");
        output.WriteLine("first build: includes what the build adds to the stemmer's process-wide cache (bounded at 200k words);");
        output.WriteLine("rebuild: the same knowledge built again after the first engine was dropped, i.e. the engine alone.");
    }

    private static void Row(TextWriter output, string name, Func<Workload> create)
    {
        var empty = Retained();
        var workload = create();
        var withKnowledge = Retained();

        var clock = Stopwatch.StartNew();
        var engine = new AnswerEngine(workload.Knowledge);
        var buildTime = clock.Elapsed;
        var firstBuild = Retained() - withKnowledge;
        GC.KeepAlive(engine);
        engine = null;

        var beforeRebuild = Retained();
        var rebuilt = new AnswerEngine(workload.Knowledge);
        var rebuild = Retained() - beforeRebuild;
        GC.KeepAlive(rebuilt);
        GC.KeepAlive(workload);

        var intents = workload.Knowledge.Intents.Count;
        var phrasings = workload.Phrasings.Count;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {intents:N0} | {phrasings:N0} | {Megabytes(withKnowledge - empty)} | {Megabytes(firstBuild)} | {Megabytes(rebuild)} | {rebuild / Math.Max(1, intents):N0} B | {buildTime.TotalMilliseconds:N0} ms |"));
    }

    private static long Retained()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:N1} MB");
}
