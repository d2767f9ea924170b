using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The old and new wording of a provision as a summary reads them, with the word diff between them: where a
/// signal's words sit on either side, and matching quotes of a changed run before and after.
/// </summary>
internal sealed class SummaryDiff
{
    private SummaryDiff(SummaryText old, SummaryText @new, bool wordsChanged)
    {
        WordsChanged = wordsChanged;
        Old = old;
        New = @new;
        Hunks = WordDiff.Compute(old.Words, @new.Words);
        Names = old.Names().Concat(@new.Names())
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    public SummaryText Old { get; }

    public SummaryText New { get; }

    public IReadOnlyList<Hunk> Hunks { get; }

    /// <summary>Names and acronyms as the provision writes them, for putting headings in ordinary case.</summary>
    public IReadOnlyDictionary<string, string> Names { get; }

    public static SummaryDiff Of(string? oldText, string? newText) =>
        new(SummaryText.Read(oldText), SummaryText.Read(newText), !ComparableText.Read(oldText ?? "").Tokens.SequenceEqual(ComparableText.Read(newText ?? "").Tokens));

    public SummaryText Side(bool old) => old ? Old : New;

    /// <summary>Where <paramref name="phrase"/> sits on one side, preferring an occurrence the diff touched.</summary>
    public (int Start, int End)? Find(bool old, string? phrase) =>
        Side(old).Find(phrase, (s, e) => Occurrences.HunkOf(Hunks, old, s, e) >= 0);

    /// <summary>The changed run that touches tokens [start, end) of one side, if any.</summary>
    public Hunk? HunkAt(bool old, int start, int end) =>
        Occurrences.HunkOf(Hunks, old, start, end) is var h and >= 0 ? Hunks[h] : null;

    /// <summary>The position on the other side that token <paramref name="index"/> of one side corresponds to.</summary>
    public int Across(bool fromOld, int index)
    {
        var delta = 0;
        foreach (var hunk in Hunks)
        {
            var (s, e) = hunk.Side(fromOld);
            var (os, oe) = hunk.Side(!fromOld);
            if (index < s)
                break;
            if (index < e)
                return os;
            delta = oe - e;
        }
        return index + delta;
    }

    /// <summary>
    /// The changed run quoted on both sides with the same words of context: two before it and the rest of
    /// <paramref name="words"/> after, or more before where the sentence ends sooner.
    /// </summary>
    public (string Old, string New) Pair(Hunk hunk, int words)
    {
        const int Before = 2;
        var core = Math.Max(hunk.OldEnd - hunk.OldStart, hunk.NewEnd - hunk.NewStart);
        var (first, last) = New.Sentence(hunk.NewStart, hunk.NewEnd);
        var (roomBefore, roomAfter) = (hunk.NewStart - first, last - hunk.NewEnd);
        var after = Math.Min(Math.Max(1, words - Before - core), roomAfter);
        if (roomAfter - after <= SummaryText.Slack)
            after = roomAfter;
        var before = Math.Min(Math.Max(Before, words - core - after), roomBefore);
        return (Old.Around(hunk.OldStart, hunk.OldEnd, before, after), New.Around(hunk.NewStart, hunk.NewEnd, before, after));
    }

    /// <summary>True when any word changed, as the signals count words (dates of revision, links and numbering aside).</summary>
    public bool WordsChanged { get; }

    /// <summary>True when the new wording holds the same words as the old in another order.</summary>
    public bool Reordered =>
        Old.Words.Order(StringComparer.Ordinal).SequenceEqual(New.Words.Order(StringComparer.Ordinal)) && !Old.Words.SequenceEqual(New.Words);
}
