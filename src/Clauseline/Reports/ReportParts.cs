namespace Clauseline.Reports;

/// <summary>Which parts a report file carries, so a verifier checks what is there: a JSON report has all; each CSV file one part.</summary>
[Flags]
public enum ReportParts
{
    None = 0,
    InForce = 1,
    History = 2,
    Heads = 4,
    All = InForce | History | Heads,
}
