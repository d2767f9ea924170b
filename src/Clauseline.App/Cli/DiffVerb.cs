using System.CommandLine;
using Clauseline.App.Terminal;
using Clauseline.Archive;
using Clauseline.Diffing;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline diff &lt;platform&gt; &lt;type&gt; [--from ID] [--to ID]</c>: a line and word diff between two versions (default: the last two).</summary>
public static class DiffVerb
{
    public static Command Create()
    {
        var platform = new Argument<string>("platform") { Description = "Platform slug or name" };
        var type = new Argument<string>("type") { Description = "Document type" };
        var from = new Option<long?>("--from") { Description = "Version id to compare from (default: the one before --to)" };
        var to = new Option<long?>("--to") { Description = "Version id to compare to (default: the latest)" };
        var context = new Option<int>("--context") { Description = "Unchanged lines shown around each change", DefaultValueFactory = _ => 2 };
        var command = new Command("diff", "Show what changed between two versions of a document") { platform, type, from, to, context };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var document = (await Lookup.DocumentsAsync(host, result.GetValue(platform), result.GetValue(type), cancellationToken))[0];
            var versions = await host.Store.GetVersionsAsync(document.Id, cancellationToken);
            var (pair, problem) = VersionPair.Choose(versions, document.Key, result.GetValue(from), result.GetValue(to));
            if (pair is null)
                throw new UsageException(problem!);
            var (fromId, toId) = (pair.From.Id, pair.To.Id);
            var oldText = (await host.Store.GetVersionAsync(fromId, cancellationToken))!.Text;
            var newText = (await host.Store.GetVersionAsync(toId, cancellationToken))!.Text;
            var diff = TextDiff.Compute(oldText, newText);
            await Console.Out.WriteLineAsync($"{document.Key}: version {fromId} → {toId}: {diff.Summary}");
            DiffPrinter.ToConsole(diff, result.GetValue(context));
            return ExitCodes.Ok;
        });
        return command;
    }
}
