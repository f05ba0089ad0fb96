using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ChatBot.Benchmarks.Configs;

/// <summary>Five fresh processes, one measured call each with no warm-up or JIT stage: every measurement is a true first call.</summary>
public sealed class ColdStartConfig : ManualConfig
{
    public ColdStartConfig()
    {
        AddJob(Job.Default
            .WithId("ColdStart")
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(5)
            .WithWarmupCount(0)
            .WithIterationCount(1));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Min, StatisticColumn.Median, StatisticColumn.Max);
        HideColumns(Column.Error, Column.StdDev);
    }
}
