namespace Clauseline.Catalog;

/// <summary>One thing wrong with one catalog file, with where in the file it is.</summary>
public sealed record CatalogProblem(string File, string Location, string Message)
{
    public override string ToString() => Location.Length == 0 ? $"{File}: {Message}" : $"{File} {Location}: {Message}";
}
