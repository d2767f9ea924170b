namespace Clauseline.Reports;

/// <summary>What checking a report against the archive found: a line per thing checked, and each mismatch named.</summary>
public sealed record ReportVerification(IReadOnlyList<string> Checked, IReadOnlyList<string> Problems)
{
    public bool Matches => Problems.Count == 0;
}
