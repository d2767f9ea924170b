namespace Clauseline.Archive;

/// <summary>One attempt to fetch a document, with its outcome; every check is kept as the audit trail.</summary>
public sealed record Check(
    long Id,
    long DocumentId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string Trigger,
    string Outcome,
    string? Reason,
    string? Detail,
    int? HttpStatus,
    string? Fetcher);
