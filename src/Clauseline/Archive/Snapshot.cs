namespace Clauseline.Archive;

/// <summary>The raw bytes fetched from one source URL at one time, with the response headers that matter.</summary>
public sealed record Snapshot(
    long Id,
    long DocumentId,
    long CheckId,
    int Position,
    string Url,
    string FinalUrl,
    DateTimeOffset FetchedAt,
    string Fetcher,
    int HttpStatus,
    string? ContentType,
    string? ETag,
    string? LastModified,
    string Sha256);
