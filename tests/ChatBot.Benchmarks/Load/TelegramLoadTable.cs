using System.Globalization;
using ChatBot.Benchmarks.Workloads;
using ChatBot.Core.Answers;

namespace ChatBot.Benchmarks.Load;

/// <summary>
/// <c>--telegram-load</c>: private-chat questions (the evaluation set's, in and out of scope) through the real Telegram
/// adapter and engine in a Generic Host, against a loopback fake Bot API server; prints messages per second answered end
/// to end, reply latency, and whether every message got exactly one reply. Exit code 1 when one did not.
/// </summary>
internal static class TelegramLoadTable
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var settings = LoadSettings.Parse(args, Console.Error);
        if (settings is null)
        {
            return 2;
        }

        var workload = Workload.Article();
        var engine = new AnswerEngine(workload.Knowledge);
        output.WriteLine(Invariant($"Telegram load: {settings.Messages:N0} messages over {settings.Chats:N0} private chats, {settings.Warmup:N0} warm-up, {workload.Questions.Count} evaluation questions, MaxConcurrentReplies {settings.Concurrency}, {(settings.Rate > 0 ? $"queued at {settings.Rate:N0}/s" : "all queued at once")}, data directory under {Path.GetFullPath(settings.DataParent)}"));
        foreach (var (key, value) in settings.Overrides)
        {
            output.WriteLine($"  {key} = {value}");
        }

        var results = new List<LoadResult>();
        for (var run = 1; run <= settings.Runs; run++)
        {
            var result = await LoadRun.RunAsync(settings, engine, workload.Questions, run, output);
            results.Add(result);
            output.WriteLine(Invariant(
                $"run {run}: {result.PerSecond:N0} messages/s, {result.Elapsed.TotalSeconds:0.00} s, CPU {result.CpuShare:P0} of {Environment.ProcessorCount} cores, GC {result.Collections.Gen0}/{result.Collections.Gen1}/{result.Collections.Gen2}, {result.AllocatedPerMessage / 1024:N0} KB allocated per message, {result.UpdatesPerPoll:0.#} updates per poll, journal peak {result.JournalPeakBytes / 1024.0:N0} KB, after stop {(result.Journal is { } j ? $"offset {j.Offset} pending {j.Pending}" : "none")}, unconfirmed at the server {result.Unconfirmed}"));
            foreach (var line in result.Tally.Samples.Concat(result.FirstWarnings))
            {
                output.WriteLine("  " + line);
            }
        }

        output.WriteLine();
        output.WriteLine("| run | messages | chats | concurrent replies | time | messages/s | p50 latency | p99 latency | max latency | dropped | duplicated | CPU (of all cores) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            output.WriteLine(Invariant(
                $"| {r.Run} | {r.Messages:N0} | {r.Chats:N0} | {r.Concurrency} | {r.Elapsed.TotalSeconds:0.00} s | {r.PerSecond:N0} | {Ms(r.Tally.Percentile(50))} | {Ms(r.Tally.Percentile(99))} | {Ms(r.Tally.Percentile(100))} | {r.Tally.Missing} | {r.Tally.Duplicated} | {r.CpuShare:P0} |"));
        }

        output.WriteLine();
        output.WriteLine($"Command: dotnet run -c Release --project tests/ChatBot.Benchmarks -- --telegram-load{string.Concat(args.Select(a => " " + a))}");
        output.WriteLine($"Machine: {MachineInfo.Describe()}");
        var clean = results.All(r => r.Clean);
        var median = results.Select(r => r.PerSecond).Order().ElementAt(results.Count / 2);
        output.WriteLine(Invariant($"Median {median:N0} messages/s. {(clean ? "Every message got exactly one reply; nothing else was sent or logged." : "NOT CLEAN: see the lines above.")}"));
        if (settings.Rate == 0)
        {
            output.WriteLine("Latency is from queueing to reply with every message queued at once, so it includes waiting behind the rest (use --rate for latency at a given load).");
        }

        return clean ? 0 : 1;
    }

    private static string Ms(double milliseconds) => milliseconds >= 1000
        ? Invariant($"{milliseconds / 1000:0.00} s")
        : Invariant($"{milliseconds:0.0} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
