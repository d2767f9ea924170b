using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// One-line summaries of provision changes and the headline of a whole change record, built deterministically
/// from the signals, the word diff and the provision's place: what kind of change, the old and new values, which
/// way it goes, and where, in a line a reader takes in at a glance (at most 200 characters).
/// </summary>
public static class Summaries
{
    private const int MaxLength = 200;

    /// <summary>
    /// The line for one provision change. For <see cref="ProvisionChangeKind.Added"/> the old side is null, for
    /// <see cref="ProvisionChangeKind.Removed"/> the new one; a split's or merge's several texts are joined by a blank line.
    /// </summary>
    public static string Describe(ProvisionChangeKind kind, ProvisionSignificance significance, Placement? oldPlace, Placement? newPlace, string? oldText, string? newText)
    {
        ArgumentNullException.ThrowIfNull(significance);
        var line = SummaryLine.Write(kind, significance, oldPlace, newPlace, oldText, newText, MaxLength, also: true);
        SummaryRanks.Remember(kind, significance, oldPlace, newPlace, oldText, newText, line);
        return line.Text;
    }

    /// <summary>The headline of a change record: "No change", "No material change: …", or its most important provision change.</summary>
    public static string Headline(IReadOnlyList<ProvisionChangeRecord> provisions, int renumbered, SignificanceLevel level)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        return Headlines.Write(provisions, renumbered, level);
    }
}
