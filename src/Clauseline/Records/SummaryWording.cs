using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// A rewording in which no signal was found: the words added, removed or replaced, quoted briefly, and plainly
/// that no duty, right, party, number or period was seen to change; or the same words only put in another order;
/// or a month replaced inside a date, which is a date moved.
/// </summary>
internal static class SummaryWording
{
    public const string NothingFound = "no change to duties, rights, parties, numbers or periods detected";

    public static SummaryFinding Describe(ChangeSignal s, SummaryDiff diff, int words)
    {
        if (diff.Reordered)
            return new SummaryFinding(SummaryFinding.Wording, $"Reordered the wording of '{diff.New.Opening(words)}' without adding or removing words", "reordered the wording");
        // The signals split a word where a link or emphasis mark sits inside it ("[leg](mailto:…)al"); read without
        // the marks, the words are the same.
        if (diff.Hunks.Count == 0)
            return new SummaryFinding(SummaryFinding.Wording, $"Changed only link or formatting marks inside words ('{s.Old}' read as '{s.New}'); {NothingFound}", "changed marks inside words");
        if (diff.Hunks.Count == 1 && SummaryQuantities.DateChange(diff.Hunks[0], diff, words) is { } date)
            return date;
        var single = diff.Hunks.Count == 1;
        // With a small budget only the first edit is quoted; the others are counted.
        var shown = words >= 6 ? 2 : 1;
        var edits = diff.Hunks.Take(shown).Select(h => Edit(h, diff, single ? words : words * 3 / 4)).ToList();
        var said = edits[0];
        if (single)
            said += Where(diff.Hunks[0], diff, words / 2);
        else if (diff.Hunks.Count == edits.Count)
            said += $" and {edits[1]}";
        else
            said += $"{(edits.Count > 1 ? $", {edits[1]}" : "")} and made {Count(diff.Hunks.Count - edits.Count, "other edit")}";
        return new SummaryFinding(SummaryFinding.Wording, $"{char.ToUpperInvariant(said[0])}{said[1..]}; {NothingFound}", single ? edits[0] : $"{edits[0]} and {Count(diff.Hunks.Count - 1, "other edit")}");
    }

    private static string Edit(Hunk h, SummaryDiff diff, int words)
    {
        var removed = diff.Old.Span(h.OldStart, h.OldEnd, words);
        var added = diff.New.Span(h.NewStart, h.NewEnd, words);
        if (removed.Length == 0)
            return $"added {Noun(h.NewEnd - h.NewStart)} '{added}'";
        if (added.Length == 0)
            return $"removed {Noun(h.OldEnd - h.OldStart)} '{removed}'";
        return $"replaced '{removed}' with '{added}'";
    }

    /// <summary>For a lone insertion or deletion, the words it sits after (or before, at the start of a sentence).</summary>
    private static string Where(Hunk h, SummaryDiff diff, int words)
    {
        var inserted = h.OldEnd == h.OldStart;
        if (!inserted && h.NewEnd != h.NewStart)
            return "";
        var text = inserted ? diff.New : diff.Old;
        var (start, end) = inserted ? (h.NewStart, h.NewEnd) : (h.OldStart, h.OldEnd);
        if (start > 0 && !text.Opens(start))
            return $" after '{text.Span(Math.Max(text.SentenceStart(start - 1), start - words), start)}'";
        if (end < text.Count)
            return $" before '{text.Span(end, Math.Min(text.SentenceEnd(end), end + words))}'";
        return "";
    }

    private static string Noun(int count) => count == 1 ? "the word" : "the words";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
