namespace Clauseline.Archive;

/// <summary>A platform as stored: shipped in the catalog, added by a user, or created by an import.</summary>
public sealed record Platform(long Id, string Slug, string Name, string? Website, string Origin);
