using System.CommandLine;
using Clauseline.App.Terminal;
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
            if (versions.Count == 0)
                throw new UsageException($"{document.Key} has no version yet");
            var toId = result.GetValue(to) ?? versions[0].Id;
            var toVersion = versions.FirstOrDefault(v => v.Id == toId)
                ?? throw new UsageException($"version {toId} is not a version of {document.Key}");
            var fromId = result.GetValue(from) ?? versions.FirstOrDefault(v => v.Seq == toVersion.Seq - 1)?.Id
                ?? throw new UsageException($"version {toId} is the first version of {document.Key}: there is nothing before it to compare with");
            if (versions.All(v => v.Id != fromId))
                throw new UsageException($"version {fromId} is not a version of {document.Key}");
            var oldText = (await host.Store.GetVersionAsync(fromId, cancellationToken))!.Text;
            var newText = (await host.Store.GetVersionAsync(toId, cancellationToken))!.Text;
            var diff = TextDiff.Compute(oldText, newText);
            await Console.Out.WriteLineAsync($"{document.Key}: version {fromId} → {toId}: {diff.Modified} lines changed, {diff.Added} added, {diff.Removed} removed");
            DiffPrinter.ToConsole(diff, result.GetValue(context));
            return ExitCodes.Ok;
        });
        return command;
    }
}
