using BenchmarkDotNet.Attributes;
using Clauseline.Catalog;
using Clauseline.Changes;
using Clauseline.Extraction;
using Clauseline.Records;

namespace Clauseline.Bench;

/// <summary>
/// Builds the change record of two consecutive versions of about 60 KB each: both are segmented into
/// provisions, aligned, every changed provision judged, word-diffed and summarised, and the headline written
/// (<see cref="ChangeRecords.Compare"/>). The old version is the text extraction gives of the synthetic terms
/// page of <see cref="TermsPage"/>, cut to 60 KB at a paragraph; the new one applies a fixed set of edits a
/// real revision makes: a shorter notice period, a widened party, a new obligation, a removed clause, a
/// renumbered section, a reworded sentence and a changed "last updated" line.
/// </summary>
[MemoryDiagnoser]
public class ChangeRecordBenchmark
{
    private const int TargetChars = 60 * 1024;

    private string _old = "";
    private string _new = "";

    [GlobalSetup]
    public void Setup()
    {
        var declaration = new DocumentDeclaration { Type = "terms-of-service", Urls = [TermsPage.Url], Select = [TermsPage.ContentSelector] };
        if (Extractor.Extract([new SourcePage(TermsPage.Url, "text/html; charset=utf-8", TermsPage.Bytes)], declaration) is not Extracted { Text: var text })
            throw new InvalidOperationException("the benchmark page did not extract");
        var cut = text.LastIndexOf("\n\n", Math.Min(TargetChars, text.Length - 1), StringComparison.Ordinal);
        _old = "Last updated: 3 March 2026\n\n" + text[..cut];
        _new = Revise(_old);
        var record = ChangeRecords.Compare(_old, _new);
        // The benchmark must measure a real revision: several substantive provision changes with summaries.
        if (record.Significance != SignificanceLevel.Substantive || record.Substantive.Count() < 4)
            throw new InvalidOperationException($"the revised version gave {record.Substantive.Count()} substantive changes: {record.Headline}");
        Console.WriteLine($"// old {_old.Length} chars, new {_new.Length} chars; {record.Provisions.Count} provision changes; {record.Headline}");
    }

    [Benchmark(Description = "Change record of two 60 KB versions")]
    public ChangeRecord Compare() => ChangeRecords.Compare(_old, _new);

    /// <summary>The edits, each applied to its first occurrence so the revision is the same on every run.</summary>
    private static string Revise(string text)
    {
        text = text.Replace("Last updated: 3 March 2026", "Last updated: 9 June 2026", StringComparison.Ordinal);
        text = ReplaceFirst(text, "30 days", "14 days");
        text = ReplaceFirst(text, " may ", " must ");
        text = ReplaceFirst(text, "our affiliates", "our affiliates and marketing partners");
        var paragraphs = text.Split("\n\n").ToList();
        // Drop one clause from the middle, add one after the first quarter, reword one sentence near the end.
        paragraphs.RemoveAt(paragraphs.Count / 2);
        paragraphs.Insert(paragraphs.Count / 4, "You must notify us within 48 hours of becoming aware of any unauthorised use of your account.");
        var last = paragraphs.Count * 3 / 4;
        paragraphs[last] = paragraphs[last] + " We will not sell your personal data.";
        return string.Join("\n\n", paragraphs);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
