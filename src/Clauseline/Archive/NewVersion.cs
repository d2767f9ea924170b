namespace Clauseline.Archive;

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
