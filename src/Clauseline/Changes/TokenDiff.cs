namespace Clauseline.Changes;

/// <summary>Both sides as comparable texts, their word tokens and the runs that changed between them.</summary>
internal sealed record TokenDiff(ComparableText OldText, ComparableText NewText, IReadOnlyList<Hunk> Hunks)
{
    public static TokenDiff Of(ComparableText old, ComparableText @new) => new(old, @new, WordDiff.Compute(old.Tokens, @new.Tokens));

    public IReadOnlyList<string> Old => OldText.Tokens;

    public IReadOnlyList<string> New => NewText.Tokens;

    public IReadOnlyList<string> Tokens(bool old) => old ? Old : New;

    /// <summary>The occurrences of <paramref name="phrases"/> on one side, keyed by <paramref name="key"/>, unless <paramref name="skip"/> rules one out.</summary>
    public IEnumerable<Occurrence> Find(bool old, IEnumerable<string> phrases, Func<string, string> key, Func<ComparableText, int, int, bool>? skip = null)
    {
        var text = old ? OldText : NewText;
        foreach (var (start, end, phrase) in Occurrences.Match(text.Tokens, phrases))
        {
            if (skip?.Invoke(text, start, end) == true)
                continue;
            yield return new Occurrence(start, end, key(phrase), phrase, Occurrences.HunkOf(Hunks, old, start, end));
        }
    }

    /// <summary>The touched occurrences on both sides after cancelling phrases that were only moved.</summary>
    public (List<Occurrence> Old, List<Occurrence> New) Changed(IEnumerable<string> phrases, Func<string, string> key, Func<ComparableText, int, int, bool>? skip = null) =>
        Occurrences.Changed(Find(true, phrases, key, skip), Find(false, phrases, key, skip));

    /// <summary>The touched occurrences on both sides, paired where one replaced another (see <see cref="Occurrences.Pair"/>).</summary>
    public (List<(Occurrence Old, Occurrence New)> Replaced, List<Occurrence> Removed, List<Occurrence> Added) Pair(
        IEnumerable<string> phrases, Func<string, string> key, Func<ComparableText, int, int, bool>? skip = null) =>
        Occurrences.Pair(Find(true, phrases, key, skip), Find(false, phrases, key, skip));
}
