using Clauseline.Changes;
using Clauseline.Provisions;
using Clauseline.Segmentation;

namespace Clauseline.Records;

/// <summary>
/// Builds change records: segments the new version into provisions, aligns them with the previous version's,
/// carries the provision ids across, judges and summarises each provision change and gives the new version's
/// substance key. Deterministic: the same two texts always give the same record.
/// </summary>
public static class ChangeRecords
{
    /// <summary>Changes to this (the provision splitter, alignment, signals or summaries) should bump it, so stored records can be told apart.</summary>
    public const string BuilderVersion = "1";

    /// <summary>The record of a first version: no changes, every provision given its id.</summary>
    public static (ChangeRecord Record, IdentifiedVersion Identified) First(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var provisions = ProvisionSplitter.Split(text);
        var record = new ChangeRecord(SignificanceLevel.Cosmetic, $"First version: {Count(provisions.Count, "provision")}", [], 0, Substance.Key(provisions));
        return (record, ProvisionIdentity.First(provisions));
    }

    /// <summary>
    /// The record of <paramref name="text"/> as the version after <paramref name="previous"/>, whose substance key
    /// may be given when known (it is worked out again otherwise).
    /// </summary>
    public static (ChangeRecord Record, IdentifiedVersion Identified) Next(IdentifiedVersion previous, string text, string? previousKey = null)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(text);
        var provisions = ProvisionSplitter.Split(text);
        var alignment = ProvisionAlignment.Align(previous.Provisions, provisions);
        var identified = ProvisionIdentity.Carry(previous, alignment);
        var before = Placements.Of(previous.Provisions);
        var after = Placements.Of(provisions);
        var entries = new List<ProvisionChangeRecord>();
        var renumbered = 0;
        var key = Substance.Key(provisions);
        var sameSubstance = key == (previousKey ?? Substance.Key(previous.Provisions));
        foreach (var match in alignment.Matches)
        {
            var entry = Entry(match, previous, identified, before, after, sameSubstance);
            // No entry: the same text, or one that differs only in clause and cross-reference numbers.
            if (entry is null && (match.Renumbered || previous.Provisions[match.Before[0]].Text != provisions[match.After[0]].Text))
                renumbered++;
            if (entry is not null)
                entries.Add(entry);
        }
        // The substance key decides (confirmation works on it); a substantive provision change always changes it.
        var level = sameSubstance && !entries.Any(e => e.Significance.Level == SignificanceLevel.Substantive)
            ? SignificanceLevel.Cosmetic : SignificanceLevel.Substantive;
        var headline = Summaries.Headline(entries, renumbered, level);
        return (new ChangeRecord(level, headline, entries, renumbered, key), identified);
    }

    /// <summary>The record between two texts with no history: what <c>clauseline diff --files</c> prints.</summary>
    public static ChangeRecord Compare(string oldText, string newText)
    {
        var (first, identified) = First(oldText);
        return Next(identified, newText, first.SubstanceKey).Record;
    }

    private static ProvisionChangeRecord? Entry(ProvisionMatch match, IdentifiedVersion previous, IdentifiedVersion next, Placement[] before, Placement[] after, bool sameSubstance)
    {
        var oldText = match.Before.Count == 0 ? null : string.Join("\n\n", match.Before.Select(b => previous.Provisions[b].Text));
        var newText = match.After.Count == 0 ? null : string.Join("\n\n", match.After.Select(a => next.Provisions[a].Text));
        var kind = match.Change switch
        {
            ProvisionChange.Added => ProvisionChangeKind.Added,
            ProvisionChange.Removed => ProvisionChangeKind.Removed,
            ProvisionChange.Split => ProvisionChangeKind.Split,
            ProvisionChange.Merged => ProvisionChangeKind.Merged,
            // Unchanged words that moved, or a rewording.
            _ => match.Moved ? ProvisionChangeKind.Moved : ProvisionChangeKind.Modified,
        };
        // Unchanged words in the same place: only a record when the text differs in a way a reader sees
        // (renumbering alone is counted, not listed).
        if (match.Change == ProvisionChange.Unchanged && !match.Moved && oldText == newText)
            return null;
        var significance = match.Change is ProvisionChange.Split or ProvisionChange.Merged
            ? Significance.Assess(Joined(match.Before.Select(b => previous.Provisions[b])), Joined(match.After.Select(a => next.Provisions[a])))
            : Significance.Assess(oldText ?? "", newText ?? "");
        if (match.Change == ProvisionChange.Unchanged && !match.Moved && significance.Signals.All(s => s.Kind == ChangeKind.Renumbered))
            return null;
        if (IsStructureOnly(match, previous, next))
            significance = new ProvisionSignificance(SignificanceLevel.Cosmetic, [.. significance.Signals.Where(s => s.Kind.IsCosmetic()).DefaultIfEmpty(new ChangeSignal(ChangeKind.Formatting))]);
        else if (kind == ProvisionChangeKind.Moved && !sameSubstance)
            significance = Moved(significance, before[match.Before[0]], after[match.After[0]]);
        var oldPlace = match.Before.Count == 0 ? null : before[match.Before[0]];
        var newPlace = match.After.Count == 0 ? null : after[match.After[0]];
        var summary = Summaries.Describe(kind, significance, oldPlace, newPlace, oldText, newText);
        var diff = oldText is not null && newText is not null ? ProvisionDiff.Compute(oldText, newText) : [];
        return new ProvisionChangeRecord(kind, [.. match.Before.Select(previous.IdOf)], [.. match.After.Select(next.IdOf)],
            oldText, newText, oldPlace, newPlace, significance, summary, diff);
    }

    /// <summary>
    /// A moved clause is read in another place or order, which can change what it applies to, so a move is
    /// substantive even with the same words. When the words of the whole document still come in the same order
    /// (the same substance), only the headings around the clause changed, and the move stays cosmetic.
    /// </summary>
    private static ProvisionSignificance Moved(ProvisionSignificance wording, Placement from, Placement to) =>
        wording.Level == SignificanceLevel.Substantive ? wording
            : new ProvisionSignificance(SignificanceLevel.Substantive, [.. wording.Signals, new ChangeSignal(ChangeKind.OtherWording, from.Label, to.Label)]);

    /// <summary>
    /// Headings, and lines with no words once dates of revision and links are set aside, shape the document's
    /// layout, not its terms: whatever happens to them alone is cosmetic (the substance key leaves them out too).
    /// </summary>
    private static bool IsStructureOnly(ProvisionMatch match, IdentifiedVersion previous, IdentifiedVersion next) =>
        match.Before.Select(b => previous.Provisions[b]).Concat(match.After.Select(a => next.Provisions[a])).All(Substance.IsStructure);

    /// <summary>
    /// The parts of a split or merge as one text to judge: every part after the first without its own clause
    /// number, which says where the part sits, not what it says ("6.3 A. B." split into "6.3 A." and "6.4 B."
    /// changes no word).
    /// </summary>
    private static string Joined(IEnumerable<Provision> parts) =>
        string.Join("\n\n", parts.Select((p, i) => i == 0 ? p.Text : WithoutOwnNumber(p)));

    private static string WithoutOwnNumber(Provision provision)
    {
        if (provision.Number is not { } number)
            return provision.Text;
        var at = provision.Text.IndexOf(number, StringComparison.Ordinal);
        if (at < 0 || at > 12)
            return provision.Text;
        var end = at + number.Length;
        if (end < provision.Text.Length && provision.Text[end] is '.' or ')')
            end++;
        return string.Concat(provision.Text.AsSpan(0, at), provision.Text.AsSpan(end).TrimStart());
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
