using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>
/// Gives provisions ids that last across versions. The first version numbers its provisions "p1", "p2", ... in
/// order; each later version takes the ids of the provisions it continues (unchanged or modified, however renumbered
/// or moved) and new numbers for the rest. Parts of a split and the result of a merge get new ids with
/// <see cref="IdentifiedVersion.Origins"/> naming what they came from, rather than suffixed ids ("p12.a"): the
/// old provision no longer exists as such, a merge has no natural suffix, and flat ids stay flat however often a
/// clause is later split, merged or split again, while the origins keep its history reachable.
/// </summary>
public static class ProvisionIdentity
{
    public static IdentifiedVersion First(IReadOnlyList<Provision> provisions)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        var ids = Enumerable.Range(1, provisions.Count).Select(Id).ToArray();
        return new IdentifiedVersion(provisions, ids, [.. provisions.Select(_ => NoOrigins)], provisions.Count + 1);
    }

    /// <summary>Identifies <paramref name="next"/> by aligning it with <paramref name="previous"/>.</summary>
    public static IdentifiedVersion Carry(IdentifiedVersion previous, IReadOnlyList<Provision> next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        return Carry(previous, ProvisionAlignment.Align(previous.Provisions, next));
    }

    /// <summary>Identifies the new side of <paramref name="alignment"/>, whose old side is <paramref name="previous"/>.</summary>
    public static IdentifiedVersion Carry(IdentifiedVersion previous, ProvisionAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(alignment);
        var ids = new string[alignment.After.Count];
        var origins = new IReadOnlyList<string>[alignment.After.Count];
        var number = previous.NextNumber;
        // Matches follow the new version's order, so new numbers rise down the page.
        foreach (var match in alignment.Matches)
        {
            var from = match.Before.Select(previous.IdOf).ToArray();
            foreach (var a in match.After)
            {
                var continues = match.Change is ProvisionChange.Unchanged or ProvisionChange.Modified;
                ids[a] = continues ? from[0] : Id(number++);
                origins[a] = continues ? NoOrigins : from;
            }
        }
        return new IdentifiedVersion(alignment.After, ids, origins, number);
    }

    private static readonly string[] NoOrigins = [];

    private static string Id(int number) => "p" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
