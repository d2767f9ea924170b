using System.CommandLine;
using Clauseline.Catalog;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline platforms list</c> and <c>clauseline platforms add &lt;file.json&gt;</c>: the platforms in the database, and adding one at run time.</summary>
public static class PlatformsVerb
{
    public static Command Create()
    {
        var list = new Command("list", "List platforms and their documents");
        Verb.Run(list, async (result, host, cancellationToken) =>
        {
            var table = new Table().AddColumns("Platform", "Name", "Origin", "Documents");
            var documents = (await host.Store.GetDocumentsAsync(cancellationToken: cancellationToken)).ToLookup(d => d.PlatformId);
            foreach (var platform in await host.Store.GetPlatformsAsync(cancellationToken))
                table.AddRow(Markup.Escape(platform.Slug), Markup.Escape(platform.Name), platform.Origin, Markup.Escape(string.Join(", ", documents[platform.Id].Select(d => d.TypeId))));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });
        var file = new Argument<string>("file") { Description = "A platform declaration in the catalog format (see schemas/catalog.schema.json)" };
        var add = new Command("add", "Add a platform and its documents, or replace their declarations") { file };
        Verb.Run(add, async (result, host, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
                throw new UsageException($"{path} does not exist");
            var (platform, problems) = CatalogReader.Parse(await File.ReadAllTextAsync(path, cancellationToken), Path.GetFileName(path), null);
            if (platform is null)
                throw new UsageException(string.Join("; ", problems));
            await host.Store.AddPlatformAsync(platform, cancellationToken);
            await Console.Out.WriteLineAsync($"added {platform.Slug} ({platform.Name}) with {platform.Documents.Count} documents: {string.Join(", ", platform.Documents.Select(d => d.Type))}");
            return ExitCodes.Ok;
        });
        return new Command("platforms", "Platforms in the archive") { list, add };
    }
}
