namespace Clauseline.Reports;

/// <summary>One reason that moved an exposure score: its kind (baseline, wording, profile), id, the reason in words, the points it moved and the provision's words it quotes.</summary>
public sealed record ReportDriver(string Kind, string Id, string Reason, int Delta, string? Quote);
