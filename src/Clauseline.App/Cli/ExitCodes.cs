namespace Clauseline.App.Cli;

/// <summary>Exit codes of the command line: scripts can tell a failed check from a typo from a database that is down.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadArguments = 2;
    public const int DatabaseUnavailable = 3;
}
