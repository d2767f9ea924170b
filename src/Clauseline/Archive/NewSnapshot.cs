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
