namespace Clauseline.Archive;

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
