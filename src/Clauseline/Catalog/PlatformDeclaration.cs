namespace Clauseline.Catalog;

/// <summary>A platform as declared in a catalog file: its name, slug, website and the documents to watch.</summary>
public sealed record PlatformDeclaration
{
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Website { get; init; }
    public string? Sources { get; init; }
    public required IReadOnlyList<DocumentDeclaration> Documents { get; init; }
}
