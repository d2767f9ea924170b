namespace Clauseline.Reports;

/// <summary>
/// One version in a document's history up to the report's date: when and of what kind, its status as it stood at
/// that date (confirmed, transient, pending), whether it was a flip-back, its significance and headline, and its hashes.
/// </summary>
public sealed record ReportChange(
    long VersionId,
    int Seq,
    DateTimeOffset RecordedAt,
    string Kind,
    string Status,
    bool FlipBack,
    string? Significance,
    string? Headline,
    string TextSha256,
    string ChainHash);
