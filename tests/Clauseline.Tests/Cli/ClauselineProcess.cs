using System.Diagnostics;

namespace Clauseline.Tests.Cli;

/// <summary>Runs the real <c>clauseline</c> executable, as a user would, and captures what it prints.</summary>
public static class ClauselineProcess
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "clauseline.dll"));
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["CLAUSELINE_Fetch__MinDelayPerHostMs"] = "0";
        info.Environment["CLAUSELINE_Fetch__RetryDelayMs"] = "10";
        info.Environment["CLAUSELINE_Fetch__BrowserFallback"] = "false";
        info.Environment["CLAUSELINE_Logging__LogLevel__Default"] = "Warning";
        info.Environment.Remove("CLAUSELINE_DATA");
        info.Environment.Remove("CLAUSELINE_DATABASE");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await output, await error);
    }
}
