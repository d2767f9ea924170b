namespace Clauseline.Archive;

/// <summary>Raw bytes fetched in a check, to be stored as a snapshot.</summary>
public sealed record NewSnapshot(
    int Position,
    string Url,
    string FinalUrl,
    DateTimeOffset FetchedAt,
    string Fetcher,
    int HttpStatus,
    string? ContentType,
    string? ETag,
    string? LastModified,
    byte[] Body);

/// <summary>
/// A version to append. <see cref="ReusedSnapshotIds"/> has one entry per source position: the id of an
/// archived snapshot that still holds (a 304), or null for the snapshot fetched by this check.
/// </summary>
public sealed record NewVersion(
    string Kind,
    string Origin,
    string Text,
    DateTimeOffset RecordedAt,
    string? ExtractorVersion,
    string? DeclarationHash,
    string? SourceHash,
    IReadOnlyList<long?> ReusedSnapshotIds,
    string? Source = null);

/// <summary>Everything one check produced, written in one transaction.</summary>
public sealed record NewCheck(
    long DocumentId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Trigger,
    string Outcome,
    string? Reason,
    string? Detail,
    int? HttpStatus,
    string? Fetcher,
    string? ExtractorVersion,
    string? DeclarationHash,
    IReadOnlyList<NewSnapshot> Snapshots,
    NewVersion? Version);

/// <summary>What recording a check created.</summary>
public sealed record RecordedCheck(long CheckId, IReadOnlyList<long> SnapshotIds, DocumentVersion? Version);
