namespace Clauseline.Archive;

/// <summary>A version's place in the hash chain without its text: what lists of versions show and an auditor checks.</summary>
public sealed record VersionHead(long Id, long DocumentId, int Seq, DateTimeOffset RecordedAt, string Kind, string Origin, string TextSha256, string ChainHash);
