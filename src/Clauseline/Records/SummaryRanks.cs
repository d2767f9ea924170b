using System.Runtime.CompilerServices;
using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// How each provision line ranked when <see cref="Summaries.Describe"/> wrote it, so the headline picks its top
/// provision without writing every line a second time. A line's rank and whether it is substantive follow from its
/// findings, not from how many of them fit, so the line with "also" ranks as the headline's shorter one would.
/// </summary>
internal static class SummaryRanks
{
    /// <summary>
    /// Keyed by the significance, the one part of what Describe was given that the record keeps as the same object
    /// (each provision change is judged afresh); the rest is kept to check that the record is that change.
    /// </summary>
    private static readonly ConditionalWeakTable<ProvisionSignificance, Ranked> Written = new();

    public static void Remember(ProvisionChangeKind kind, ProvisionSignificance significance, Placement? oldPlace, Placement? newPlace, string? oldText, string? newText, SummaryLine line) =>
        Written.AddOrUpdate(significance, new Ranked(kind, oldPlace, newPlace, oldText, newText, line.Rank, line.Substantive));

    /// <summary>The rank of the provision's line and whether it is substantive, the line written again only for a record not built here (read back from the store).</summary>
    public static (int Rank, bool Substantive) Of(ProvisionChangeRecord provision, int maxLength)
    {
        if (Written.TryGetValue(provision.Significance, out var ranked) && ranked.Describes(provision))
            return (ranked.Rank, ranked.Substantive);
        var line = SummaryLine.Write(provision.Kind, provision.Significance, provision.OldPlace, provision.NewPlace, provision.OldText, provision.NewText, maxLength, also: false);
        return (line.Rank, line.Substantive);
    }

    private sealed record Ranked(ProvisionChangeKind Kind, Placement? OldPlace, Placement? NewPlace, string? OldText, string? NewText, int Rank, bool Substantive)
    {
        public bool Describes(ProvisionChangeRecord p) =>
            p.Kind == Kind && p.OldText == OldText && p.NewText == NewText && Equals(p.OldPlace, OldPlace) && Equals(p.NewPlace, NewPlace);
    }
}
