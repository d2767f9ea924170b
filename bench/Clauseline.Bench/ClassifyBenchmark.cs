using System.Diagnostics;
using System.Text.Json;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;

namespace Clauseline.Bench;

/// <summary>
/// <c>classify [sentences.jsonl] [--runs N]</c>: sentences per second of the shipped classifier with exposure
/// rating (<see cref="ClauseRater.Rate"/>, evidence and drivers included) on one thread, after a warm-up run; run it
/// under <c>taskset -c 0</c> to hold it to one core. Reads the CLAUDETTE sentences from the shared data when no file is given.
/// </summary>
public static class ClassifyBenchmark
{
    public static int Run(string[] args)
    {
        var runs = 5;
        string? path = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs" && i + 1 < args.Length)
                runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else
                path = args[i];
        }
        path ??= FindShared("claudette-en/sentences.jsonl");
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("No sentences: give a JSON-lines file with a text field, or put the shared data beside the repository.");
            return 2;
        }
        var sentences = File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
        var profile = Profiles.Find("eu-consumer")!;
        var rater = ClauseRater.Default;
        var found = 0;
        foreach (var s in sentences)
            found += rater.Rate(s, profile).Count;
        var rates = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var s in sentences)
                rater.Rate(s, profile);
            rates.Add(sentences.Length / clock.Elapsed.TotalSeconds);
            Console.WriteLine($"run {r + 1}: {rates[^1]:F0} sentences/s");
        }
        rates.Sort();
        Console.WriteLine($"{sentences.Length} sentences ({found} categories found), {runs} runs on {Environment.ProcessorCount} available core(s): median {rates[rates.Count / 2]:F0} sentences/s");
        return 0;
    }

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
