using System.CommandLine;
using Clauseline.App.Hosting;

namespace Clauseline.App.Cli;

/// <summary>Options every verb accepts: where the data, database and catalog are.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Data = new("--data") { Description = "Data folder (default ./data, or CLAUSELINE_DATA)", Recursive = true };

    public static readonly Option<string?> Database = new("--database") { Description = "PostgreSQL connection string (default: SQLite in the data folder, or CLAUSELINE_DATABASE)", Recursive = true };

    public static readonly Option<string?> Catalog = new("--catalog") { Description = "Catalog folder (default: the shipped catalog, or CLAUSELINE_CATALOG)", Recursive = true };

    public static AppSettings Settings(ParseResult result) =>
        AppSettings.Resolve(result.GetValue(Data), result.GetValue(Database), result.GetValue(Catalog));
}
