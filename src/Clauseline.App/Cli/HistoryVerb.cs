using System.CommandLine;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline history &lt;platform&gt; [type]</c>: the versions of a platform's documents, newest first.</summary>
public static class HistoryVerb
{
    public static Command Create()
    {
        var platform = new Argument<string>("platform") { Description = "Platform slug or name" };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne, Description = "Document type" };
        var command = new Command("history", "List the versions of a platform's documents") { platform, type };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            foreach (var document in await Lookup.DocumentsAsync(host, result.GetValue(platform), result.GetValue(type), cancellationToken))
            {
                var versions = await host.Store.GetVersionsAsync(document.Id, cancellationToken);
                var table = new Table().Title($"{Markup.Escape(document.PlatformName)} / {Markup.Escape(document.TypeName)} ({Markup.Escape(document.Key)})")
                    .AddColumns("Id", "#", "Recorded (UTC)", "Kind", "Origin", "Characters", "SHA-256");
                foreach (var v in versions)
                    table.AddRow($"{v.Id}", $"{v.Seq}", $"{v.RecordedAt:yyyy-MM-dd HH:mm:ss}", v.Kind, v.Origin, $"{v.Length}", v.TextSha256[..12]);
                if (versions.Count == 0)
                    table.AddRow("", "", "no version yet", "", "", "", "");
                AnsiConsole.Write(table);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
