namespace Clauseline.Changes;

/// <summary>The word tokens of both sides and the runs that changed between them.</summary>
internal sealed record TokenDiff(IReadOnlyList<string> Old, IReadOnlyList<string> New, IReadOnlyList<Hunk> Hunks)
{
    public static TokenDiff Of(IReadOnlyList<string> old, IReadOnlyList<string> @new) => new(old, @new, WordDiff.Compute(old, @new));

    public IReadOnlyList<string> Tokens(bool old) => old ? Old : New;

    /// <summary>The occurrences of <paramref name="phrases"/> on one side, keyed by <paramref name="key"/>, unless <paramref name="skip"/> rules one out.</summary>
    public IEnumerable<Occurrence> Find(bool old, IEnumerable<string> phrases, Func<string, string> key, Func<IReadOnlyList<string>, int, int, bool>? skip = null)
    {
        var tokens = Tokens(old);
        foreach (var (start, end, phrase) in Occurrences.Match(tokens, phrases))
        {
            if (skip?.Invoke(tokens, start, end) == true)
                continue;
            yield return new Occurrence(start, end, key(phrase), phrase, Occurrences.HunkOf(Hunks, old, start, end));
        }
    }

    /// <summary>The touched occurrences on both sides after cancelling phrases that were only moved.</summary>
    public (List<Occurrence> Old, List<Occurrence> New) Changed(IEnumerable<string> phrases, Func<string, string> key, Func<IReadOnlyList<string>, int, int, bool>? skip = null) =>
        Occurrences.Changed(Find(true, phrases, key, skip), Find(false, phrases, key, skip));
}
