namespace Clauseline.Archive;

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
    string? SourceHash,
    long? CheckId,
    string? Source);
