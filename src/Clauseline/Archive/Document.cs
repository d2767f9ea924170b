namespace Clauseline.Archive;

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
