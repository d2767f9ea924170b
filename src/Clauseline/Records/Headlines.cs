using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The headline of a change record: its most important provision change with how many other substantive ones
/// there are, or, when nothing material changed, what kinds of cosmetic change there were and how many.
/// </summary>
internal static class Headlines
{
    private const int MaxLength = 200;

    /// <summary>From this many substantive provision changes on, a record is headlined as a major revision.</summary>
    private const int Overhaul = 20;

    public static string Write(IReadOnlyList<ProvisionChangeRecord> provisions, int renumbered, SignificanceLevel level)
    {
        var lines = provisions.Select(p => (Provision: p, Line: SummaryRanks.Of(p, MaxLength))).ToList();
        var substantive = lines.Where(l => l.Line.Substantive).ToList();
        // A record judged substantive for a move, split or merge alone leads with that.
        if (substantive.Count == 0 && level == SignificanceLevel.Substantive)
            substantive = [.. lines.Where(l => l.Provision.Kind is ProvisionChangeKind.Moved or ProvisionChangeKind.Split or ProvisionChangeKind.Merged)];
        if (substantive.Count >= Overhaul)
        {
            // A rewrite: the reader needs its scale first, then the change that matters most.
            var added = substantive.Count(l => l.Provision.Kind == ProvisionChangeKind.Added);
            var removed = substantive.Count(l => l.Provision.Kind == ProvisionChangeKind.Removed);
            var lead = $"Major revision: {Provisions(added)} added, {removed} removed, {substantive.Count - added - removed} changed; first of note: ";
            var first = substantive.MinBy(l => l.Line.Rank).Provision;
            return lead + SummaryLine.Write(first.Kind, first.Significance, first.OldPlace, first.NewPlace, first.OldText, first.NewText, MaxLength - lead.Length, also: false).Text;
        }
        if (substantive.Count > 0)
        {
            var others = substantive.Count - 1;
            var tail = others == 0 ? "" : others == 1 ? ", and 1 other substantive change" : $", and {others} other substantive changes";
            // Only the top line is written for the headline; the others are ranked as their own lines were.
            var top = substantive.MinBy(l => l.Line.Rank).Provision;
            return SummaryLine.Write(top.Kind, top.Significance, top.OldPlace, top.NewPlace, top.OldText, top.NewText, MaxLength - tail.Length, also: false).Text + tail;
        }
        if (provisions.Count == 0 && renumbered == 0)
            return "No change";
        return Cosmetic(provisions, renumbered);
    }

    private static string Cosmetic(IReadOnlyList<ProvisionChangeRecord> provisions, int renumbered)
    {
        var parts = new List<string>();
        if (renumbered > 0)
            parts.Add($"{Provisions(renumbered)} renumbered");
        var moved = provisions.Count(p => p.Kind == ProvisionChangeKind.Moved);
        if (moved > 0)
            parts.Add($"{Provisions(moved)} moved");
        var split = provisions.Count(p => p.Kind == ProvisionChangeKind.Split);
        if (split > 0)
            parts.Add($"{Provisions(split)} split");
        var merged = provisions.Where(p => p.Kind == ProvisionChangeKind.Merged).Sum(p => Math.Max(p.BeforeIds.Count, SummaryMoves.Parts(p.OldText)));
        if (merged > 0)
            parts.Add($"{Provisions(merged)} merged");
        // Headings and layout lines are cosmetic to the recorder even when added, removed or reworded.
        var reworded = provisions.Where(p => p.Kind == ProvisionChangeKind.Modified && SummaryDiff.WordsDiffer(p.OldText, p.NewText)).ToList();
        foreach (var (kind, verb) in new[] { (ProvisionChangeKind.Added, "added"), (ProvisionChangeKind.Removed, "removed"), (ProvisionChangeKind.Modified, "reworded") })
        {
            var lines = kind == ProvisionChangeKind.Modified ? reworded : [.. provisions.Where(p => p.Kind == kind)];
            if (lines.Count > 0)
                parts.Add($"{Structure(lines)} {verb}");
        }
        var touched = provisions.Where(p => p.Kind == ProvisionChangeKind.Modified && p.Significance.Signals.Count > 0 && !reworded.Contains(p)).ToList();
        var kinds = SummaryCosmetic.Kinds(touched.SelectMany(p => p.Significance.Signals)).Select(SummaryCosmetic.Noun).ToList();
        if (kinds.Count > 0)
            parts.Add($"{SummaryCosmetic.JoinAnd(kinds)} ({Provisions(touched.Count)})");
        return parts.Count == 0 ? "No material change" : $"No material change: {string.Join(", ", parts)}";
    }

    private static string Structure(IReadOnlyList<ProvisionChangeRecord> lines)
    {
        var headings = lines.All(p => SummaryProvisions.IsHeading(p.NewText ?? p.OldText ?? "", SummaryText.Read(p.NewText ?? p.OldText), p.Place));
        var noun = headings ? "heading" : "layout line";
        return lines.Count == 1 ? $"1 {noun}" : $"{lines.Count} {noun}s";
    }

    private static string Provisions(int n) => n == 1 ? "1 provision" : $"{n} provisions";
}
