namespace Clauseline.Reports;

/// <summary>A version as a report cites it: its id and number, when it was recorded, its kind, and its two hashes.</summary>
public sealed record ReportVersion(long VersionId, int Seq, DateTimeOffset RecordedAt, string Kind, string TextSha256, string ChainHash);
