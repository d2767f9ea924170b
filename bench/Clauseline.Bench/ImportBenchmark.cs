using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using Clauseline.Import;
using Clauseline.Storage;
using Microsoft.Data.Sqlite;

namespace Clauseline.Bench;

/// <summary>
/// Imports an Open Terms Archive dataset folder into a fresh SQLite database, N times, and prints
/// versions per second for each run, their median, peak memory and the machine.
/// </summary>
public static class ImportBenchmark
{
    private const int DefaultRuns = 5;

    private const string Usage = "usage: Clauseline.Bench import [<ota-folder>] [--runs N]   (default folder: ../shared/data/ota-pga from the repository root, default runs: 5)";

    public static async Task<int> RunAsync(string[] args)
    {
        string? folder = null;
        var runs = DefaultRuns;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                Console.WriteLine(Usage);
                return 0;
            }
            string? runsValue = null;
            if (arg == "--runs")
            {
                if (i + 1 >= args.Length)
                    return Fail("--runs needs a number");
                runsValue = args[++i];
            }
            else if (arg.StartsWith("--runs=", StringComparison.Ordinal))
            {
                runsValue = arg["--runs=".Length..];
            }
            else if (arg.StartsWith('-'))
            {
                return Fail($"unknown option {arg}");
            }
            else if (folder is null)
            {
                folder = arg;
                continue;
            }
            else
            {
                return Fail($"unexpected argument {arg}");
            }
            if (!int.TryParse(runsValue, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)
                return Fail($"--runs must be a whole number of at least 1, not \"{runsValue}\"");
        }

        folder = Path.GetFullPath(folder ?? DefaultFolder());
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"The Open Terms Archive dataset folder {folder} does not exist.");
            Console.Error.WriteLine("Pass the folder of an OTA dataset (<Service>/<Terms type>/<YYYY-MM-DDTHH-MM-SSZ>.md) as the first argument,");
            Console.Error.WriteLine("or put the sample history at ../shared/data/ota-pga beside the repository.");
            return 2;
        }

        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Count();
        Console.WriteLine($"Import benchmark: {folder}");
        Console.WriteLine($"  {files} .md files, {runs} run(s), each into a fresh SQLite database in a new temporary folder");
        Console.WriteLine($"  machine: {Machine()}");
        Console.WriteLine();

        var rates = new List<double>(runs);
        for (var run = 1; run <= runs; run++)
        {
            var data = Directory.CreateTempSubdirectory("clauseline-bench-import-");
            try
            {
                var database = Database.Open(null, data.FullName);
                await database.MigrateAsync();
                var store = new Store(database, TimeProvider.System);
                var importer = new OtaImporter(store);
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var stopwatch = Stopwatch.StartNew();
                var summary = await importer.ImportAsync(folder);
                stopwatch.Stop();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var seconds = stopwatch.Elapsed.TotalSeconds;
                var rate = summary.Versions / seconds;
                rates.Add(rate);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {summary.Versions} versions recorded in {seconds:F3} s = {rate:F1} versions/s ({summary.Files} files, {summary.Skipped} skipped, {summary.Problems.Count} problems, {allocated / 1048576.0:F1} MiB allocated)"));
                foreach (var problem in summary.Problems.Take(5))
                    Console.WriteLine($"    problem: {problem}");
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                TryDelete(data);
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: {Median(rates):F1} versions/s over {runs} run(s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {process.PeakWorkingSet64 / 1048576.0:F1} MiB; total allocated: {GC.GetTotalAllocatedBytes(precise: true) / 1048576.0:F1} MiB"));
        Console.WriteLine($"machine: {Machine()}");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    /// <summary>../shared/data/ota-pga beside the repository root, found from the working folder or from the executable.</summary>
    private static string DefaultFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Clauseline.slnx")))
                    return Path.Combine(dir.FullName, "..", "shared", "data", "ota-pga");
            }
        }
        return Path.Combine("..", "shared", "data", "ota-pga");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"    could not delete {folder.FullName}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"    could not delete {folder.FullName}: {e.Message}");
        }
    }

    /// <summary>Processor count and model, operating system, runtime and GC mode.</summary>
    public static string Machine() =>
        $"{Environment.ProcessorCount} logical processors, {ProcessorModel()}, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), "
        + $"{RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC";

    private static string ProcessorModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null && line.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0)
                    return line[(colon + 1)..].Trim();
            }
        }
        catch (IOException)
        {
        }
        return $"processor model unknown ({RuntimeInformation.ProcessArchitecture})";
    }
}
