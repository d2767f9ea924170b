using System.CommandLine;
using System.Text.Json;
using Clauseline.Import;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline import ota &lt;folder&gt; [--json]</c>: imports an Open Terms Archive dataset (Open Terms Archive contributors, ODC-By 1.0).</summary>
public static class ImportVerb
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder in Open Terms Archive's dataset layout: <Service>/<Terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md" };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object" };
        var ota = new Command("ota", "Import version histories from an Open Terms Archive dataset") { folder, json };
        Verb.Run(ota, async (result, host, cancellationToken) =>
        {
            var path = result.GetValue(folder)!;
            if (!Directory.Exists(path))
                throw new UsageException($"{path} is not a folder");
            var importer = host.Get<OtaImporter>();
            ImportSummary summary;
            if (AnsiConsole.Profile.Capabilities.Interactive && !result.GetValue(json))
            {
                summary = null!;
                await AnsiConsole.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask("Importing");
                    summary = await importer.ImportAsync(path, new Progress<(int Done, int Total)>(p => { task.MaxValue = p.Total; task.Value = p.Done; }), cancellationToken);
                });
            }
            else
            {
                summary = await importer.ImportAsync(path, null, cancellationToken);
            }
            foreach (var problem in summary.Problems)
                await Console.Error.WriteLineAsync($"warning: {problem}");
            if (result.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    files = summary.Files,
                    platforms = summary.Platforms,
                    documents = summary.Documents,
                    versions = summary.Versions,
                    skipped = summary.Skipped,
                    problems = summary.Problems.Count,
                }));
            }
            else
            {
                await Console.Out.WriteLineAsync($"{summary.Files} files: {summary.Versions} versions recorded, {summary.Skipped} skipped; {summary.Platforms} platforms and {summary.Documents} documents created");
            }
            return ExitCodes.Ok;
        });
        return new Command("import", "Import existing version histories") { ota };
    }
}
