using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// One line of a change record: what happened to a provision, the ids of the provisions before and after (two or
/// more on one side for a split or a merge), their texts and places, how much it matters and why, a one-line
/// summary and, for a modification, the word diff. A removed provision has no new side, an added one no old side.
/// </summary>
public sealed record ProvisionChangeRecord(
    ProvisionChangeKind Kind,
    IReadOnlyList<string> BeforeIds,
    IReadOnlyList<string> AfterIds,
    string? OldText,
    string? NewText,
    Placement? OldPlace,
    Placement? NewPlace,
    ProvisionSignificance Significance,
    string Summary,
    IReadOnlyList<DiffSegment> Diff)
{
    /// <summary>The provision ids this line concerns, new ones first.</summary>
    public IReadOnlyList<string> ProvisionIds => [.. AfterIds.Concat(BeforeIds).Distinct(StringComparer.Ordinal)];

    /// <summary>Where the provision sits now, or sat before it was removed.</summary>
    public Placement? Place => NewPlace ?? OldPlace;
}
