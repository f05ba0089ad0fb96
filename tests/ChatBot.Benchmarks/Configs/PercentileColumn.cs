using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ChatBot.Benchmarks.Configs;

/// <summary>Any percentile of the measured iterations (BenchmarkDotNet 0.15 ships columns up to P95 and P100, not P99).</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile} of the measured iterations";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        var (value, unit) = nanoseconds switch
        {
            >= 1e9 => (nanoseconds / 1e9, "s"),
            >= 1e6 => (nanoseconds / 1e6, "ms"),
            >= 1e3 => (nanoseconds / 1e3, "μs"),
            _ => (nanoseconds, "ns"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{value:N3} {unit}");
    }

    public override string ToString() => ColumnName;
}
