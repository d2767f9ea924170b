namespace Clauseline.Reports;

/// <summary>A platform in the scope of a report, by slug and name.</summary>
public sealed record ReportPlatform(string Slug, string Name);
