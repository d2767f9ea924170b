using System.Diagnostics;
using Clauseline.Changes;
using Clauseline.Provisions;
using Clauseline.Records;
using Clauseline.Segmentation;

namespace Clauseline.Bench;

/// <summary><c>profile-changes [folder]</c>: times each stage of change records over every consecutive pair of an Open Terms Archive folder.</summary>
public static class ChangeProfile
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : "../shared/data/ota-pga";
        var histories = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).GroupBy(Path.GetDirectoryName).Select(g => g.Order(StringComparer.Ordinal).ToList()).ToList();
        var (split, align, assess, build, pairs) = (new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch(), 0);
        var (key, slowest, slowName) = (new Stopwatch(), 0L, "");
        var (summaries, diffs) = (new Stopwatch(), new Stopwatch());
        foreach (var files in histories)
        {
            for (var i = 1; i < files.Count; i++)
            {
                var a = File.ReadAllText(files[i - 1]);
                var b = File.ReadAllText(files[i]);
                split.Start();
                var pa = ProvisionSplitter.Split(a);
                var pb = ProvisionSplitter.Split(b);
                split.Stop();
                align.Start();
                var alignment = ProvisionAlignment.Align(pa, pb);
                align.Stop();
                foreach (var m in alignment.Matches.Where(m => m.Change != ProvisionChange.Unchanged))
                {
                    var t = Stopwatch.GetTimestamp();
                    assess.Start();
                    Significance.Assess(string.Join("\n\n", m.Before.Select(x => pa[x].Text)), string.Join("\n\n", m.After.Select(x => pb[x].Text)));
                    assess.Stop();
                    var took = Stopwatch.GetTimestamp() - t;
                    if (took > slowest)
                        (slowest, slowName) = (took, $"{files[i]} {m.Change} {m.Before.Count}->{m.After.Count} {m.Before.Sum(x => pa[x].Text.Length)} chars");
                }
                key.Start();
                Substance.Key(pa);
                key.Stop();
                build.Start();
                var record = ChangeRecords.Compare(a, b);
                build.Stop();
                summaries.Start();
                foreach (var e in record.Provisions)
                    Summaries.Describe(e.Kind, e.Significance, e.OldPlace, e.NewPlace, e.OldText, e.NewText);
                summaries.Stop();
                diffs.Start();
                foreach (var e in record.Provisions.Where(e => e.OldText is not null && e.NewText is not null))
                    ProvisionDiff.Compute(e.OldText!, e.NewText!);
                diffs.Stop();
                pairs++;
            }
        }
        Console.WriteLine($"{pairs} pairs: split {split.ElapsedMilliseconds} ms, align {align.ElapsedMilliseconds} ms, assess {assess.ElapsedMilliseconds} ms, whole record {build.ElapsedMilliseconds} ms, key {key.ElapsedMilliseconds} ms, summaries {summaries.ElapsedMilliseconds} ms, word diffs {diffs.ElapsedMilliseconds} ms; slowest assess {Stopwatch.GetElapsedTime(0, slowest).TotalMilliseconds:F1} ms: {slowName}");
        return 0;
    }
}
