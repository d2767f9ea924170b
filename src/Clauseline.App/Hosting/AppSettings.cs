namespace Clauseline.App.Hosting;

/// <summary>
/// Where the data, the database and the catalog are: from the command line first, then the environment
/// (<c>CLAUSELINE_DATA</c>, <c>CLAUSELINE_DATABASE</c>, <c>CLAUSELINE_CATALOG</c>), then the defaults.
/// </summary>
public sealed record AppSettings(string DataFolder, string? DatabaseConnection, string CatalogFolder)
{
    public static AppSettings Resolve(string? data, string? database, string? catalog) => new(
        Path.GetFullPath(data ?? Environment.GetEnvironmentVariable("CLAUSELINE_DATA") ?? "data"),
        database ?? NullIfEmpty(Environment.GetEnvironmentVariable("CLAUSELINE_DATABASE")),
        Path.GetFullPath(catalog ?? Environment.GetEnvironmentVariable("CLAUSELINE_CATALOG") ?? DefaultCatalog()));

    /// <summary>The shipped catalog, copied beside the executable at build time.</summary>
    private static string DefaultCatalog() => Path.Combine(AppContext.BaseDirectory, "catalog");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
