using System.CommandLine;
using System.Data.Common;
using Clauseline.Storage;

namespace Clauseline.App.Cli;

/// <summary>Runs a verb's body with a started <see cref="CliHost"/>, and turns the errors a user can cause into a message and an exit code.</summary>
public static class Verb
{
    public static void Run(Command command, Func<ParseResult, CliHost, CancellationToken, Task<int>> body) => command.SetAction(Wrap(body));

    /// <summary>The action <see cref="Run"/> sets, for verbs that only sometimes need the archive.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Wrap(Func<ParseResult, CliHost, CancellationToken, Task<int>> body) =>
        async (result, cancellationToken) =>
        {
            try
            {
                await using var host = await CliHost.StartAsync(GlobalOptions.Settings(result), cancellationToken);
                return await body(result, host, cancellationToken);
            }
            catch (DatabaseUnavailableException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.DatabaseUnavailable;
            }
            catch (UsageException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.BadArguments;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.BadArguments;
            }
            catch (DbException e)
            {
                // A full disk, a read-only file, a lost server: the transaction was rolled back, nothing archived changed.
                await Console.Error.WriteLineAsync($"error: the database refused the operation ({e.Message}); nothing already archived was changed");
                return ExitCodes.Failed;
            }
        };
}
