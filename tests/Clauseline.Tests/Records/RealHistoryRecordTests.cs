using Clauseline.Changes;
using Clauseline.Records;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Records;

/// <summary>
/// Change records over every consecutive pair of the real Open Terms Archive sample (read from ../shared/data,
/// skipped without it): the invariants a reader relies on hold on real, messy terms.
/// </summary>
public sealed class RealHistoryRecordTests
{
    [Fact]
    public void Every_consecutive_pair_of_the_real_sample_gives_a_coherent_record()
    {
        var folder = Requirements.SharedData("ota-pga");
        var histories = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .GroupBy(Path.GetDirectoryName)
            .Select(g => g.Order(StringComparer.Ordinal).ToList());
        var pairs = 0;
        foreach (var files in histories)
        {
            for (var i = 1; i < files.Count; i++)
            {
                var (oldText, newText) = (File.ReadAllText(files[i - 1]), File.ReadAllText(files[i]));
                var record = ChangeRecords.Compare(oldText, newText);
                var where = Path.GetRelativePath(folder, files[i]);
                Assert.False(string.IsNullOrWhiteSpace(record.Headline), where);
                Assert.Equal(record.Significance == SignificanceLevel.Cosmetic, record.Provisions.All(p => p.Significance.Level == SignificanceLevel.Cosmetic) && record.SubstanceKey == ChangeRecords.First(oldText).Record.SubstanceKey);
                foreach (var p in record.Provisions)
                {
                    Assert.False(string.IsNullOrWhiteSpace(p.Summary), $"{where}: {p.Kind} without a summary");
                    Assert.True(p.Summary.Length <= 300, $"{where}: summary of {p.Summary.Length} characters: {p.Summary}");
                    Assert.NotEmpty(p.ProvisionIds);
                    if (p.Kind is ProvisionChangeKind.Modified or ProvisionChangeKind.Moved && p.OldText != p.NewText)
                    {
                        // The word diff gives both texts back.
                        Assert.Equal(p.NewText, string.Concat(p.Diff.Where(d => d.Operation != DiffOperation.Deleted).Select(d => d.Text)));
                    }
                }
                pairs++;
            }
        }
        Assert.True(pairs > 500, $"{pairs} pairs");
    }
}
