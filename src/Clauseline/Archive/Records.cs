namespace Clauseline.Archive;

/// <summary>A platform as stored: shipped in the catalog, added by a user, or created by an import.</summary>
public sealed record Platform(long Id, string Slug, string Name, string? Website, string Origin);

/// <summary>A document as stored, with its platform and type names and its declaration (null for documents only imported).</summary>
public sealed record Document(
    long Id,
    long PlatformId,
    string PlatformSlug,
    string PlatformName,
    string TypeId,
    string TypeName,
    string? DeclarationJson,
    string? DeclarationHash,
    string Origin)
{
    /// <summary>The key used in chain hashes and URLs: <c>platform-slug/type-id</c>.</summary>
    public string Key => $"{PlatformSlug}/{TypeId}";
}

/// <summary>One recorded text of a document. <see cref="Kind"/> is initial, change or technical-upgrade; <see cref="Origin"/> fetch, import or re-extract.</summary>
public sealed record DocumentVersion(
    long Id,
    long DocumentId,
    int Seq,
    DateTimeOffset RecordedAt,
    string Kind,
    string Origin,
    string Text,
    string TextSha256,
    string ChainHash,
    string? ExtractorVersion,
    string? DeclarationHash,
    long? CheckId,
    string? Source);

/// <summary>A version without its text, for lists and histories.</summary>
public sealed record VersionSummary(long Id, long DocumentId, int Seq, DateTimeOffset RecordedAt, string Kind, string Origin, string TextSha256, int Length);

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

/// <summary>Where a document stands: its last check, last change and, when failing, since when and why.</summary>
public sealed record DocumentState(
    Document Document,
    Check? LastCheck,
    DateTimeOffset? LastChange,
    int VersionCount,
    DateTimeOffset? FailingSince);
