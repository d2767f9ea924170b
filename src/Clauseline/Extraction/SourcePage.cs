namespace Clauseline.Extraction;

/// <summary>The raw bytes of one source page of a document, with what is needed to interpret them.</summary>
public sealed record SourcePage(string Url, string? ContentType, byte[] Body);
