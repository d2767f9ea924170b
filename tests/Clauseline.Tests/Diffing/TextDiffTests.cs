using Clauseline.Diffing;

namespace Clauseline.Tests.Diffing;

public sealed class TextDiffTests
{
    private const string Before = "# Terms\n\n1. We give 30 days' notice.\n\n2. Fees are due monthly.\n\n3. Disputes go to arbitration.\n";

    [Fact]
    public void A_changed_word_is_marked_inside_its_line()
    {
        var diff = TextDiff.Compute(Before, Before.Replace("30 days'", "15 days'", StringComparison.Ordinal));

        var row = Assert.Single(diff.Rows, r => r.Kind == DiffKind.Modified);
        Assert.Contains(row.Merged(), p => p is { Kind: DiffKind.Removed, Text: "30" });
        Assert.Contains(row.Merged(), p => p is { Kind: DiffKind.Added, Text: "15" });
        Assert.Equal("1 line changed, 0 added, 0 removed", diff.Summary);
    }

    [Fact]
    public void An_added_paragraph_counts_once_however_many_blank_lines_come_with_it()
    {
        var diff = TextDiff.Compute(Before, Before + "\n4. We may assign this agreement to an affiliate.\n");

        Assert.Equal(1, diff.Added);
        Assert.Equal(0, diff.Removed);
        Assert.Equal(0, diff.Modified);
    }

    [Fact]
    public void Context_keeps_changes_and_their_neighbours_and_marks_skipped_runs()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"Clause {i}.").ToList();
        var changed = lines.ToList();
        changed[20] = "Clause 21, amended.";

        var shown = TextDiff.Compute(string.Join('\n', lines), string.Join('\n', changed)).WithContext(2);

        Assert.Equal(7, shown.Count);
        Assert.Null(shown[0]);
        Assert.Null(shown[^1]);
        Assert.Equal(DiffKind.Modified, shown[3]!.Kind);
    }

    [Fact]
    public void The_same_text_is_an_empty_diff() => Assert.True(TextDiff.Compute(Before, Before).IsEmpty);
}
