using System.CommandLine;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline show &lt;version-id&gt;</c>: prints the text of a version exactly as recorded.</summary>
public static class ShowVerb
{
    public static Command Create()
    {
        var id = new Argument<long>("version-id") { Description = "The id of a version (see history)" };
        var command = new Command("show", "Print the text of one version") { id };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var version = await host.Store.GetVersionAsync(result.GetValue(id), cancellationToken)
                ?? throw new UsageException($"there is no version with id {result.GetValue(id)}");
            await Console.Out.WriteAsync(version.Text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
