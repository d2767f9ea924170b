using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The old and new wording of a provision as a summary reads them, with the word diff between them: where a
/// signal's words sit on either side, and matching quotes of a changed run before and after.
/// </summary>
internal sealed class SummaryDiff
{
    private readonly string? _oldText;
    private readonly string? _newText;
    private ComparableText? _oldComparable;
    private ComparableText? _newComparable;
    private bool? _wordsChanged;
    private bool? _reordered;

    private SummaryDiff(string? oldText, string? newText)
    {
        _oldText = oldText;
        _newText = newText;
        Old = SummaryText.Read(oldText);
        New = SummaryText.Read(newText);
        Hunks = WordDiff.Compute(Old.Words, New.Words);
    }

    public SummaryText Old { get; }

    public SummaryText New { get; }

    public IReadOnlyList<Hunk> Hunks { get; }

    /// <summary>
    /// Names and acronyms as the provision writes them, for putting headings in ordinary case; the first way of
    /// writing one wins. Read only for a heading in capitals.
    /// </summary>
    public IReadOnlyDictionary<string, string> Names => field ??= ReadNames();

    public static SummaryDiff Of(string? oldText, string? newText) => new(oldText, newText);

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
    public bool WordsChanged => _wordsChanged ??= Differ(Comparable(true), Comparable(false));

    /// <summary><see cref="WordsChanged"/> for two texts without the rest of a diff.</summary>
    public static bool WordsDiffer(string? oldText, string? newText) => Differ(ComparableText.Read(oldText ?? ""), ComparableText.Read(newText ?? ""));

    /// <summary>One side read as the signals read it (its number, dates of revision and links apart), read once and only when asked.</summary>
    public ComparableText Comparable(bool old) => old
        ? _oldComparable ??= ComparableText.Read(_oldText ?? "")
        : _newComparable ??= ComparableText.Read(_newText ?? "");

    /// <summary>True when the new wording holds the same words as the old in another order.</summary>
    public bool Reordered => _reordered ??= Old.Count == New.Count && !Old.Words.SequenceEqual(New.Words)
        && Old.Words.Order(StringComparer.Ordinal).SequenceEqual(New.Words.Order(StringComparer.Ordinal));

    private static bool Differ(ComparableText old, ComparableText @new) => !old.Tokens.SequenceEqual(@new.Tokens);

    private Dictionary<string, string> ReadNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (upper, written) in Old.Names().Concat(New.Names()))
            names.TryAdd(upper, written);
        return names;
    }
}
