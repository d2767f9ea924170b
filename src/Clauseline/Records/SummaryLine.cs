using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// One provision change written as a line: its most important finding, the rest briefly after "also", and the
/// place; how much it matters (<see cref="Rank"/>, lower first) and whether it changes what the text says.
/// </summary>
internal sealed record SummaryLine(int Rank, string Text, bool Substantive)
{
    /// <summary>Words per quote, tried in turn until the line fits.</summary>
    private static readonly int[] Budgets = [8, 6, 4];

    private const int MostAlso = 2;

    /// <summary>
    /// The line for one provision change, at most <paramref name="maxLength"/> characters. Without
    /// <paramref name="also"/> (a headline) it keeps only the lead, and for a move, split or merge its first finding.
    /// Shorter quotes are tried before the other findings are left to a count: "also" says more than a longer quote.
    /// </summary>
    public static SummaryLine Write(ProvisionChangeKind kind, ProvisionSignificance significance, Placement? oldPlace, Placement? newPlace, string? oldText, string? newText, int maxLength, bool also)
    {
        var sides = new Sides(kind, significance, oldPlace, newPlace, oldText, newText, SummaryDiff.Of(oldText, newText));
        SummaryLine line = null!;
        foreach (var leastAlso in new[] { 1, 0 })
        {
            foreach (var words in Budgets)
            {
                line = Compose(sides, words, new Fit(maxLength, also, leastAlso));
                if (line.Text.Length <= maxLength)
                    return line;
            }
        }
        // Still too long (long headings on both sides of a move): cut the middle, keep the place.
        var place = sides.Place;
        var kept = line.Text.EndsWith(place, StringComparison.Ordinal) && place.Length < maxLength / 2 ? place : "";
        return line with { Text = line.Text[..(maxLength - 1 - kept.Length)].TrimEnd() + "…" + kept };
    }

    /// <summary>What the line is written from, with what every try at a budget needs worked out once.</summary>
    private sealed record Sides(ProvisionChangeKind Kind, ProvisionSignificance Significance, Placement? OldPlace, Placement? NewPlace, string? OldText, string? NewText, SummaryDiff Diff)
    {
        /// <summary>Where the provision sits, as the end of the line says it.</summary>
        public string Place => field ??= SummaryPlace.Suffix(Kind == ProvisionChangeKind.Removed ? OldPlace ?? NewPlace : NewPlace ?? OldPlace, Diff);

        /// <summary>
        /// A split or merge judged again on its words alone: the parts are joined with their own clause numbers
        /// ("6.4" inside the text reads as a new number).
        /// </summary>
        public ProvisionSignificance Again => field ??= Changes.Significance.Assess(Diff.Old.Plain, Diff.New.Plain);
    }

    /// <summary>How long the line may be, whether findings follow the lead, and how many must at the least.</summary>
    private sealed record Fit(int MaxLength, bool Also, int LeastAlso);

    private static SummaryLine Compose(Sides c, int words, Fit fit)
    {
        var diff = c.Diff;
        switch (c.Kind)
        {
            case ProvisionChangeKind.Added or ProvisionChangeKind.Removed:
                var added = c.Kind == ProvisionChangeKind.Added;
                var structural = c.Significance.Level == SignificanceLevel.Cosmetic;
                var whole = SummaryProvisions.Describe(added ? c.NewText : c.OldText, added ? diff.New : diff.Old, added ? c.NewPlace : c.OldPlace, added, structural, words);
                return new SummaryLine(whole.Rank, whole.Lead + c.Place, c.Significance.Level == SignificanceLevel.Substantive);
            case ProvisionChangeKind.Moved:
                var moved = Findings(c.Significance, diff, words);
                return Join(SummaryMoves.Moved(diff, c.OldPlace, c.NewPlace, words), moved, "", fit, fit.Also ? MostAlso : 1, c.Significance.Level);
            case ProvisionChangeKind.Split or ProvisionChangeKind.Merged:
                var again = c.Again;
                var lead = c.Kind == ProvisionChangeKind.Split ? SummaryMoves.Split(diff, c.NewText, words) : SummaryMoves.Merged(diff, c.OldText, words);
                return Join(lead, Findings(again, diff, words), c.Place, fit, fit.Also ? MostAlso : 1, again.Level);
            default:
                var findings = Findings(c.Significance, diff, words);
                if (findings.Count == 0)
                    return new SummaryLine(int.MaxValue, SummaryCosmetic.Describe(c.Significance.Signals, c.NewText, diff, words) + c.Place, false);
                var rest = fit.Also ? findings.Skip(1).ToList() : [];
                return Join(findings[0].Lead, rest, c.Place, fit, MostAlso, c.Significance.Level) with { Rank = findings[0].Rank };
        }
    }

    private static List<SummaryFinding> Findings(ProvisionSignificance significance, SummaryDiff diff, int words) =>
        significance.Level == SignificanceLevel.Substantive ? SummarySignals.Findings(significance.Signals, diff, words) : [];

    /// <summary>
    /// The lead, then as many findings after "also" as fit (at most <paramref name="most"/>, at least
    /// <see cref="Fit.LeastAlso"/> where there are any), the others counted when the line says all, then the place.
    /// </summary>
    private static SummaryLine Join(string lead, IReadOnlyList<SummaryFinding> rest, string place, Fit fit, int most, SignificanceLevel level)
    {
        var rank = rest.Count > 0 ? rest.Min(f => f.Rank) : SummaryFinding.Position;
        var least = Math.Min(fit.LeastAlso, rest.Count);
        var counted = most == MostAlso;
        var text = "";
        for (var k = Math.Min(most, rest.Count); k >= least; k--)
        {
            text = lead + Also(rest, k, counted) + place;
            if (text.Length <= fit.MaxLength)
                break;
        }
        // Even the count of the other findings does not fit: the lead and the place say the most.
        if (text.Length > fit.MaxLength && least == 0)
            text = lead + place;
        return new SummaryLine(rank, text, level == SignificanceLevel.Substantive);
    }

    private static string Also(IReadOnlyList<SummaryFinding> rest, int shown, bool counted)
    {
        var others = counted ? rest.Count - shown : 0;
        var more = others == 0 ? "" : others == 1 ? "1 other change" : $"{others} other changes";
        var briefs = rest.Take(shown).Select(f => f.Brief).Append(more).Where(b => b.Length > 0).ToList();
        if (briefs.Count == 0)
            return "";
        var joined = SummaryCosmetic.JoinAnd(briefs);
        return shown == 0 ? $"; and {joined}" : $"; also {joined}";
    }
}
