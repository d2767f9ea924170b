using System.CommandLine;
using Clauseline.Archive;
using Clauseline.Checking;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline check [platform] [type] [--all]</c>: checks documents now, with progress and a table of outcomes.</summary>
public static class CheckVerb
{
    public static Command Create()
    {
        var platform = new Argument<string?>("platform") { Arity = ArgumentArity.ZeroOrOne, Description = "Platform slug or name" };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne, Description = "Document type (id, name or alias)" };
        var all = new Option<bool>("--all") { Description = "Check every document of every platform" };
        var command = new Command("check", "Check documents now and record the outcome") { platform, type, all };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var name = result.GetValue(platform);
            if (name is null && !result.GetValue(all))
                throw new UsageException("name a platform, or pass --all to check every document");
            var documents = await Lookup.DocumentsAsync(host, name, result.GetValue(type), cancellationToken);
            var checkable = documents.Where(d => d.DeclarationJson is not null).ToList();
            var results = new List<CheckResult>();
            var check = host.Get<DocumentCheck>();
            if (AnsiConsole.Profile.Capabilities.Interactive)
            {
                await AnsiConsole.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask("Checking", maxValue: checkable.Count);
                    foreach (var document in checkable)
                    {
                        task.Description = document.Key;
                        results.Add(await check.RunAsync(document, "manual", cancellationToken));
                        task.Increment(1);
                    }
                });
            }
            else
            {
                foreach (var document in checkable)
                    results.Add(await check.RunAsync(document, "manual", cancellationToken));
            }
            var table = new Table().AddColumns("Document", "Outcome", "Version", "Detail");
            foreach (var r in results)
            {
                var outcome = r.Outcome == CheckOutcomes.Failed ? $"[red]failed: {Markup.Escape(r.Reason ?? "")}[/]" : Markup.Escape(r.Outcome);
                table.AddRow(Markup.Escape(r.Document.Key), outcome, r.Version is null ? "" : $"#{r.Version.Id}", Markup.Escape(r.Detail ?? ""));
            }
            AnsiConsole.Write(table);
            var failed = results.Count(r => r.Outcome == CheckOutcomes.Failed);
            AnsiConsole.MarkupLine($"{results.Count} checked, {results.Count(r => r.Version is not null)} new versions, {failed} failed");
            return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
