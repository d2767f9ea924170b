using BenchmarkDotNet.Attributes;
using Clauseline.Analysis.Comparison;

namespace Clauseline.Bench;

/// <summary>Builds the similarity index of 100,000 synthetic provisions in 40 categories (<see cref="SyntheticProvisions"/>).</summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
public class SimilarityBuildBenchmark
{
    private IndexedProvision[] _provisions = [];

    [GlobalSetup]
    public void Setup() => _provisions = SyntheticProvisions.Generate(100_000, 40);

    [Benchmark(Description = "Build the index of 100,000 provisions")]
    public ProvisionSimilarityIndex Build() => ProvisionSimilarityIndex.Build(_provisions);
}
