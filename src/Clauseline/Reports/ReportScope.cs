namespace Clauseline.Reports;

/// <summary>What a report covers: a title ("Northwind Cloud", "Contoso's followed platforms") and the platforms, in order.</summary>
public sealed record ReportScope(string Title, IReadOnlyList<ReportPlatform> Platforms);
