namespace Clauseline.Archive;

/// <summary>A version without its text, for lists and histories.</summary>
public sealed record VersionSummary(long Id, long DocumentId, int Seq, DateTimeOffset RecordedAt, string Kind, string Origin, string TextSha256, int Length);
