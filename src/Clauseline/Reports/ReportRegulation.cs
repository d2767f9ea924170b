namespace Clauseline.Reports;

/// <summary>A regulation a provision touches, with its citation and how far it reaches the profile (applies, unstated, outside-scope, other-jurisdiction).</summary>
public sealed record ReportRegulation(string Id, string Name, string Citation, string Relevance);
