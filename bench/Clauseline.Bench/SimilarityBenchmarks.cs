using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Clauseline.Analysis.Comparison;

namespace Clauseline.Bench;

/// <summary>
/// Similarity queries over an index of 100,000 synthetic provisions (<see cref="SyntheticProvisions"/>) from 200
/// platforms: spread over 40 categories, so a query scores the 2,500 or so of its category, and the worst case, all in
/// one category. The query is a 60-word provision of the same generator that is not in the index. The setup prints how
/// long the index took to build and how much memory it keeps.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SimilarityBenchmarks
{
    private const int Provisions = 100_000;
    private const string Everything = "everything";

    private ProvisionSimilarityIndex _index = null!;
    private string _query = "";
    private string _category = "";

    [Params(40, 1)]
    public int Categories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var provisions = SyntheticProvisions.Generate(Provisions, 40, Categories == 1 ? Everything : null);
        _query = SyntheticProvisions.Query(40, 7, 60);
        _category = Categories == 1 ? Everything : SyntheticProvisions.Category(7);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        _index = ProvisionSimilarityIndex.Build(provisions);
        var seconds = clock.Elapsed.TotalSeconds;
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        var nearest = _index.NearestPerPlatform(_query, _category, k: 10, excludePlatform: "platform-000");
        // The benchmark must measure a query that finds something in its own category.
        if (nearest.Count != 10 || nearest.Any(n => !n.Provision.Categories.Contains(_category)))
            throw new InvalidOperationException($"the query found {nearest.Count} provisions");
        Console.WriteLine($"// {Provisions:N0} provisions in {Categories} categories: index built in {seconds:F2} s, keeps {kept / 1048576.0:F1} MiB; best similarity {nearest[0].Similarity:F3}");
    }

    [Benchmark(Description = "NearestPerPlatform (k = 10)")]
    public IReadOnlyList<SimilarProvision> NearestPerPlatform() =>
        _index.NearestPerPlatform(_query, _category, k: 10, excludePlatform: "platform-000");

    [Benchmark(Description = "Nearest (k = 5)")]
    public IReadOnlyList<SimilarProvision> Nearest() => _index.Nearest(_query, _category, k: 5, excludePlatform: "platform-000");
}
