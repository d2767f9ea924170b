using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Clauseline.Catalog;
using Clauseline.Extraction;

namespace Clauseline.Bench;

/// <summary>
/// Extracts the synthetic ~200 KB terms page of <see cref="TermsPage"/>: once finding the main content
/// automatically, once with a <c>select</c> of the article. The MB/s columns divide the page's size by
/// the mean and median times.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ExtractionConfig))]
public class ExtractionBenchmark
{
    private const string ContentType = "text/html; charset=utf-8";

    private SourcePage[] _pages = [];
    private DocumentDeclaration _automatic = null!;
    private DocumentDeclaration _selected = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pages = [new SourcePage(TermsPage.Url, ContentType, TermsPage.Bytes)];
        _automatic = new DocumentDeclaration { Type = "terms-of-service", Urls = [TermsPage.Url] };
        _selected = _automatic with { Select = [TermsPage.ContentSelector] };
        // Check once that both extractions give a document and drop what they should, so the benchmark measures real work.
        Verify(Extractor.Extract(_pages, _automatic), "automatic");
        Verify(Extractor.Extract(_pages, _selected), "select");
    }

    [Benchmark(Baseline = true, Description = "Extract (main content found)")]
    public ExtractionResult Automatic() => Extractor.Extract(_pages, _automatic);

    [Benchmark(Description = "Extract (select #terms)")]
    public ExtractionResult Selected() => Extractor.Extract(_pages, _selected);

    private static void Verify(ExtractionResult result, string mode)
    {
        if (result is not Extracted { Text: var text })
            throw new InvalidOperationException($"extraction ({mode}) of the benchmark page failed: {result}");
        string[] absent = ["We use cookies", "Skip to main content", "Was this page helpful", "utm_", "gclid", "Monthly product notes", "Scheduled maintenance"];
        foreach (var phrase in absent)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
                throw new InvalidOperationException($"extraction ({mode}) of the benchmark page kept \"{phrase}\"");
        }
        string[] present = ["# Quillmere Terms of Service", "## 1. Definitions and Interpretation", "| Plan | Monthly fee (EUR) |", "https://www.quillmere.example/legal/privacy"];
        foreach (var phrase in present)
        {
            if (!text.Contains(phrase, StringComparison.Ordinal))
                throw new InvalidOperationException($"extraction ({mode}) of the benchmark page lost \"{phrase}\"");
        }
    }

    /// <summary>Adds the MB/s columns.</summary>
    public sealed class ExtractionConfig : ManualConfig
    {
        public ExtractionConfig()
        {
            AddColumn(new ThroughputColumn(TermsPage.Bytes.Length, median: false));
            AddColumn(new ThroughputColumn(TermsPage.Bytes.Length, median: true));
        }
    }
}
