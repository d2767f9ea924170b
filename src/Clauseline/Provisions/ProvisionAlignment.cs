using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>
/// Which provisions of a new version continue which of the previous one: unchanged (perhaps renumbered or
/// moved), modified, split, merged, added or removed. Immutable; <see cref="Matches"/> follows the new version's
/// order, with removed provisions placed after what preceded them in the old one.
/// </summary>
public sealed class ProvisionAlignment
{
    private readonly int[] _ofBefore;
    private readonly int[] _ofAfter;

    internal ProvisionAlignment(IReadOnlyList<Provision> before, IReadOnlyList<Provision> after, IReadOnlyList<ProvisionMatch> matches)
    {
        Before = before;
        After = after;
        Matches = matches;
        _ofBefore = new int[before.Count];
        _ofAfter = new int[after.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            foreach (var b in matches[m].Before)
                _ofBefore[b] = m;
            foreach (var a in matches[m].After)
                _ofAfter[a] = m;
        }
    }

    public IReadOnlyList<Provision> Before { get; }

    public IReadOnlyList<Provision> After { get; }

    public IReadOnlyList<ProvisionMatch> Matches { get; }

    /// <summary>True when every provision is unchanged and none moved or was renumbered.</summary>
    public bool IsUnchanged => Matches.All(m => m is { Change: ProvisionChange.Unchanged, Moved: false, Renumbered: false });

    /// <summary>What happened to the old provision at <paramref name="index"/>.</summary>
    public ProvisionMatch OfBefore(int index) => Matches[_ofBefore[index]];

    /// <summary>Where the new provision at <paramref name="index"/> came from.</summary>
    public ProvisionMatch OfAfter(int index) => Matches[_ofAfter[index]];

    /// <summary>
    /// Aligns two versions in three passes: identical words first (same section preferred), then the most similar
    /// remaining pairs, greedily by score, then splits and merges among what is left; moves and renumbering are
    /// read off the pairs found.
    /// </summary>
    public static ProvisionAlignment Align(IReadOnlyList<Provision> before, IReadOnlyList<Provision> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new ProvisionAlignment(before, after, new Aligner(before, after).Run());
    }
}
