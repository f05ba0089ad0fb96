using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using Perfolizer.Mathematics.OutlierDetection;

namespace ChatBot.Benchmarks.Configs;

/// <summary>
/// Two jobs per benchmark. <c>PerQuestion</c>: one question per measured iteration, outliers kept and no forced GC
/// between iterations, so Median/P95/P99 are those of single questions as a chat user sees them (GC pauses included).
/// <c>Mixed</c>: ordinary throughput iterations over the whole question mix, for the mean and the allocations per question
/// (a PerQuestion row's Allocated is that of the single question its extra memory iteration happened to ask).
/// </summary>
public abstract class LatencyConfig : ManualConfig
{
    protected LatencyConfig(int warmupQuestions, int measuredQuestions)
    {
        AddJob(Job.Default
            .WithId("PerQuestion")
            .WithLaunchCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(warmupQuestions)
            .WithIterationCount(measuredQuestions)
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddJob(Job.Default
            .WithId("Mixed")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        // The Job column says how a row was measured; BenchmarkDotNet prints each job's settings above the table.
        HideColumns(Column.Error, Column.StdDev, "OutlierMode", "Force", "InvocationCount", "IterationCount", "UnrollFactor", "WarmupCount");
    }
}
