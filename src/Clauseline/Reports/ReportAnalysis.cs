namespace Clauseline.Reports;

/// <summary>The analysis of a provision in brief: the plain reading (what it states, what it means for the customer) and the regulations it touches.</summary>
public sealed record ReportAnalysis(string States, string MeansForYou, IReadOnlyList<ReportRegulation> Regulations);
