using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Clauseline.Bench;

/// <summary>A BenchmarkDotNet column: bytes processed per operation divided by the mean or median time, in MB (10^6 bytes) per second.</summary>
public sealed class ThroughputColumn(int bytes, bool median) : IColumn
{
    public string Id => nameof(ThroughputColumn) + (median ? ".Median" : ".Mean");

    public string ColumnName => median ? "MB/s (median)" : "MB/s (mean)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => median ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"HTML processed per second: {bytes:N0} bytes / {(median ? "median" : "mean")} time, in MB of 10^6 bytes";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
            return "NA";
        var nanoseconds = median ? statistics.Median : statistics.Mean;
        return nanoseconds <= 0 ? "NA" : (bytes / (nanoseconds / 1e9) / 1e6).ToString("F1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
