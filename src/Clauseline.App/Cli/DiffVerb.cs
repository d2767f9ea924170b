using System.CommandLine;
using Clauseline.App.Terminal;
using Clauseline.Archive;
using Clauseline.Diffing;
using Clauseline.Records;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline diff &lt;platform&gt; &lt;type&gt; [--from ID] [--to ID]</c>: a line and word diff between two
/// versions (default: the last two); <c>clauseline diff --files OLD NEW [--json]</c>: the change record of two
/// files, with no archive.
/// </summary>
public static class DiffVerb
{
    public static Command Create()
    {
        var platform = new Argument<string?>("platform") { Arity = ArgumentArity.ZeroOrOne, Description = "Platform slug or name" };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne, Description = "Document type" };
        var from = new Option<long?>("--from") { Description = "Version id to compare from (default: the one before --to)" };
        var to = new Option<long?>("--to") { Description = "Version id to compare to (default: the latest)" };
        var context = new Option<int>("--context") { Description = "Unchanged lines shown around each change", DefaultValueFactory = _ => 2 };
        var files = new Option<string[]>("--files")
        {
            Description = "Compare two text files (old, then new) clause by clause, without a database",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var json = new Option<bool>("--json") { Description = "With --files: print the change record as one JSON object" };
        var cosmetic = new Option<bool>("--cosmetic") { Description = "With --files: list cosmetic provision changes too" };
        var command = new Command("diff", "Show what changed between two versions of a document, or between two files") { platform, type, from, to, context, files, json, cosmetic };
        var archived = Verb.Wrap(async (result, host, cancellationToken) =>
        {
            if (result.GetValue(platform) is not { } name || result.GetValue(type) is not { } typeName)
                throw new UsageException("name a platform and a document type, or give two files with --files OLD NEW");
            var document = (await Lookup.DocumentsAsync(host, name, typeName, cancellationToken))[0];
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
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(files) is not { Length: 2 } paths)
                return await archived(result, cancellationToken);
            if (result.GetValue(platform) is not null)
            {
                await Console.Error.WriteLineAsync("error: --files compares two files; leave out the platform and type");
                return ExitCodes.BadArguments;
            }
            foreach (var path in paths.Where(p => !File.Exists(p)))
            {
                await Console.Error.WriteLineAsync($"error: {path} does not exist");
                return ExitCodes.BadArguments;
            }
            var record = ChangeRecords.Compare(await File.ReadAllTextAsync(paths[0], cancellationToken), await File.ReadAllTextAsync(paths[1], cancellationToken));
            if (result.GetValue(json))
                await Console.Out.WriteLineAsync(ChangeOutput.ToJson(record));
            else
                ChangeOutput.Report(Console.Out, $"{paths[0]} → {paths[1]} ({record.Significance.ToString().ToLowerInvariant()})", record, result.GetValue(cosmetic));
            return ExitCodes.Ok;
        });
        return command;
    }
}
