namespace Clauseline.Archive;

/// <summary>What recording a check created.</summary>
public sealed record RecordedCheck(long CheckId, IReadOnlyList<long> SnapshotIds, DocumentVersion? Version);
