using BenchmarkDotNet.Running;

namespace Clauseline.Bench;

/// <summary>
/// Entry point: <c>import [folder] [--runs N]</c> runs the import benchmark, <c>classify [file] [--runs N]</c> the
/// classifier's throughput; anything else goes to
/// BenchmarkDotNet (for example <c>--filter *Extraction*</c>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile-changes")
            return ChangeProfile.Run(args[1..]);
        if (args.Length > 0 && args[0] == "classify")
            return ClassifyBenchmark.Run(args[1..]);
        if (args.Length > 0 && args[0] == "import")
            return await ImportBenchmark.RunAsync(args[1..]);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
