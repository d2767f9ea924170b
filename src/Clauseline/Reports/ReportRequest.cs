using Clauseline.Analysis;
using Clauseline.Archive;

namespace Clauseline.Reports;

/// <summary>What to report on: the documents (of one platform, several, or an organisation's followed ones), the date, the profile exposure is rated for, and a title for the scope.</summary>
public sealed record ReportRequest(IReadOnlyList<Document> Documents, ReportDate Date, Profile Profile, string ScopeTitle);
