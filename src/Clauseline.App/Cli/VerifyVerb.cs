using System.CommandLine;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline verify [platform [type]]</c>: recomputes the hash chains and snapshot hashes; exits 1 naming the first broken link.</summary>
public static class VerifyVerb
{
    public static Command Create()
    {
        var platform = new Argument<string?>("platform") { Arity = ArgumentArity.ZeroOrOne };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne };
        var heads = new Option<bool>("--heads") { Description = "Also print the latest chain hash of each document, to keep elsewhere" };
        var reportFile = new Option<string?>("--report") { Description = "Check an audit report (its JSON, or either of its CSV files) against the archive instead" };
        var command = new Command("verify", "Verify that no version or snapshot was altered, removed or inserted") { platform, type, heads, reportFile };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            if (result.GetValue(reportFile) is { } file)
                return await ReportCheck.RunAsync(host, file, cancellationToken);
            var documents = await Lookup.DocumentsAsync(host, result.GetValue(platform), result.GetValue(type), cancellationToken);
            var report = await host.Store.VerifyAsync(documents, cancellationToken);
            if (result.GetValue(heads))
            {
                foreach (var (key, head) in report.Heads)
                    await Console.Out.WriteLineAsync($"{head}  {key}");
            }
            foreach (var problem in report.Problems)
                await Console.Error.WriteLineAsync($"BROKEN: {problem}");
            await Console.Out.WriteLineAsync(report.Intact
                ? $"intact: {report.Documents} documents, {report.Versions} versions, {report.Snapshots} snapshots verified"
                : $"NOT intact: {report.Problems.Count} problems in {report.Documents} documents ({report.Versions} versions, {report.Snapshots} snapshots read)");
            return report.Intact ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
