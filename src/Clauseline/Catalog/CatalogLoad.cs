namespace Clauseline.Catalog;

/// <summary>The platforms read from a catalog folder and the problems of the files that could not be used.</summary>
public sealed record CatalogLoad(IReadOnlyList<PlatformDeclaration> Platforms, IReadOnlyList<CatalogProblem> Problems)
{
    public int DocumentCount => Platforms.Sum(p => p.Documents.Count);
}
