using System.CommandLine;
using System.Text.Json;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline export [platform [type]] [--out FILE]</c>: every version as one JSON object per line, with
/// what its chain hash covers (document, seq, date, kind, origin, text hash, snapshot hashes), so an export can be re-chained on its own.
/// </summary>
public static class ExportVerb
{
    public static Command Create()
    {
        var platform = new Argument<string?>("platform") { Arity = ArgumentArity.ZeroOrOne };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export versions as JSON lines") { platform, type, output };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var documents = await Lookup.DocumentsAsync(host, result.GetValue(platform), result.GetValue(type), cancellationToken);
            var path = result.GetValue(output);
            await using var file = path is null ? null : new StreamWriter(path);
            var writer = file ?? Console.Out;
            var count = 0;
            await foreach (var (document, version, snapshots) in host.Store.ExportAsync(documents, cancellationToken))
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    platform = document.PlatformSlug,
                    platform_name = document.PlatformName,
                    type = document.TypeId,
                    type_name = document.TypeName,
                    version_id = version.Id,
                    seq = version.Seq,
                    recorded_at = version.RecordedAt,
                    kind = version.Kind,
                    origin = version.Origin,
                    text_sha256 = version.TextSha256,
                    chain_hash = version.ChainHash,
                    snapshot_sha256 = snapshots,
                    extractor_version = version.ExtractorVersion,
                    source = version.Source,
                    text = version.Text,
                }));
                count++;
            }
            if (path is not null)
                await Console.Error.WriteLineAsync($"{count} versions written to {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
