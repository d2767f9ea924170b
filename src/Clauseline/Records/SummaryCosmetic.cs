using System.Text.RegularExpressions;
using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The line for a provision that changed only in how it looks: renumbering, the date of revision, a link target,
/// formatting, punctuation, case or spacing, with the old and new number, date or address where there is one.
/// </summary>
internal static partial class SummaryCosmetic
{
    private const int Address = 40;

    private static readonly ChangeKind[] Order =
    [
        ChangeKind.Renumbered, ChangeKind.LastUpdatedDate, ChangeKind.LinkTarget,
        ChangeKind.Formatting, ChangeKind.Punctuation, ChangeKind.Casing, ChangeKind.Whitespace,
    ];

    public static string Describe(IReadOnlyList<ChangeSignal> signals, string? newText, SummaryDiff diff, int words)
    {
        // Words changed yet the change is cosmetic: the recorder judged a heading or layout line, which shapes the
        // document but states no term.
        if (diff.Hunks.Count > 0 && diff.WordsChanged)
        {
            var what = SummaryProvisions.IsHeading(newText ?? "", diff.New, null) ? "heading" : "layout line";
            return $"Cosmetic: {what} reworded from '{Shown(diff.Old, words)}' to '{Shown(diff.New, words)}'";
        }
        var parts = Order
            .Select(kind => signals.FirstOrDefault(s => s.Kind == kind))
            .OfType<ChangeSignal>()
            .Select(s => Part(s, diff))
            .ToList();
        if (parts.Count == 0)
            return "No change to the wording";
        var bare = parts.All(p => !p.Contains(' ', StringComparison.Ordinal));
        return $"Cosmetic: {JoinAnd(parts)}{(bare ? " only" : "")}";
    }

    /// <summary>A heading or layout line quoted whole, in ordinary case if written in capitals.</summary>
    private static string Shown(SummaryText text, int words)
    {
        var shown = text.Span(0, text.Count, words);
        return text.Shouting ? SummaryCasing.Readable(shown, new Dictionary<string, string>(), capitalizeFirst: true) : shown;
    }

    /// <summary>What the headline calls a kind of cosmetic change.</summary>
    public static string Noun(ChangeKind kind) => kind switch
    {
        ChangeKind.Renumbered => "numbering",
        ChangeKind.LastUpdatedDate => "revision date",
        ChangeKind.LinkTarget => "link targets",
        ChangeKind.Formatting => "formatting",
        ChangeKind.Punctuation => "punctuation",
        ChangeKind.Casing => "casing",
        _ => "spacing",
    };

    public static IEnumerable<ChangeKind> Kinds(IEnumerable<ChangeSignal> signals) =>
        Order.Where(kind => signals.Any(s => s.Kind == kind));

    public static string JoinAnd(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    private static string Part(ChangeSignal s, SummaryDiff diff) => s.Kind switch
    {
        ChangeKind.Renumbered when diff.Comparable(true).Number == s.Old && diff.Comparable(false).Number == s.New => (s.Old, s.New) switch
        {
            (null, _) => $"numbered {s.New}",
            (_, null) => $"number {s.Old} dropped",
            _ => $"renumbered from {s.Old} to {s.New}",
        },
        ChangeKind.Renumbered => $"cross-reference changed from {s.Old ?? "none"} to {s.New ?? "none"}",
        ChangeKind.LastUpdatedDate => (s.Old, s.New) switch
        {
            (null, _) => $"revision date {Date(s.New)} added",
            (_, null) => $"revision date {Date(s.Old)} removed",
            _ => $"revision date changed from {Date(s.Old)} to {Date(s.New)}",
        },
        ChangeKind.LinkTarget => (s.Old, s.New) switch
        {
            (null, _) => $"link to {Short(s.New)} added",
            (_, null) => $"link to {Short(s.Old)} removed",
            _ => $"link target changed from {Short(s.Old)} to {Short(s.New)}",
        },
        _ => Noun(s.Kind),
    };

    /// <summary>The date of a "Last updated: 1 March 2025" line, without its label.</summary>
    private static string Date(string? line) => DateLabel().Replace(line ?? "", "").Trim();

    /// <summary>An address without its scheme, cut to a readable length.</summary>
    private static string Short(string? url)
    {
        var shown = Scheme().Replace(url ?? "", "");
        return shown.Length <= Address ? shown : shown[..(Address - 1)] + "…";
    }

    [GeneratedRegex(@"^(?:last\s+(?:updated|modified|revised)|effective(?:\s+date)?|updated(?:\s+on)?|revised(?:\s+on)?)\s*(?:on\s+)?[:\-–—]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();
}
