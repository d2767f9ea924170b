using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>
/// Turns the pairs and groups an <see cref="Aligner"/> found into matches in reading order, and marks the pairs
/// that were renumbered or moved: to another section, or out of the order the other pairs keep (they fall
/// outside the longest run of pairs whose new positions increase with their old ones).
/// </summary>
internal sealed class MatchList(
    IReadOnlyList<Provision> before,
    IReadOnlyList<Provision> after,
    int[] pairOfBefore,
    double[] similarity,
    List<ProvisionMatch> groups)
{
    public List<ProvisionMatch> Build()
    {
        var inOrder = InOrder();
        var parentsBefore = Parents(before);
        var parentsAfter = Parents(after);
        var keyed = new List<(int After, int Tie, int Before, ProvisionMatch Match)>(before.Count + after.Count);
        var paired = new bool[after.Count];
        foreach (var group in groups)
        {
            keyed.Add((group.After[0], 0, group.Before[0], group));
            foreach (var a in group.After)
                paired[a] = true;
        }
        var anchor = -1;
        var groupOf = groups.SelectMany(g => g.Before.Select(b => (b, g))).ToDictionary(x => x.b, x => x.g);
        for (var b = 0; b < before.Count; b++)
        {
            var a = pairOfBefore[b];
            if (groupOf.TryGetValue(b, out var group))
            {
                anchor = Math.Max(anchor, group.After[^1]);
                continue;
            }
            if (a < 0)
            {
                // Removed provisions sit after the new position of what preceded them.
                keyed.Add((anchor, 1, b, new ProvisionMatch(ProvisionChange.Removed, [b], [], 0, false, false)));
                continue;
            }
            paired[a] = true;
            anchor = Math.Max(anchor, a);
            var exact = similarity[b] >= 1;
            var moved = !inOrder.Contains(b) || !SameSection(b, a, parentsBefore, parentsAfter);
            var renumbered = before[b].Number != after[a].Number;
            var change = exact ? ProvisionChange.Unchanged : ProvisionChange.Modified;
            keyed.Add((a, 0, b, new ProvisionMatch(change, [b], [a], similarity[b], renumbered, moved)));
        }
        for (var a = 0; a < after.Count; a++)
        {
            if (!paired[a])
                keyed.Add((a, 0, int.MaxValue, new ProvisionMatch(ProvisionChange.Added, [], [a], 0, false, false)));
        }
        keyed.Sort((x, y) => x.After != y.After ? x.After.CompareTo(y.After) : x.Tie != y.Tie ? x.Tie.CompareTo(y.Tie) : x.Before.CompareTo(y.Before));
        return [.. keyed.Select(k => k.Match)];
    }

    /// <summary>
    /// Same section when the headings they sit under were themselves paired; otherwise when the heading titles
    /// are equal. A renamed section thus does not move the clauses under it.
    /// </summary>
    private bool SameSection(int b, int a, int[] parentsBefore, int[] parentsAfter)
    {
        int pb = parentsBefore[b], pa = parentsAfter[a];
        if (pb >= 0 && pa >= 0 && pairOfBefore[pb] >= 0)
            return pairOfBefore[pb] == pa;
        return before[b].HeadingPath.SequenceEqual(after[a].HeadingPath, StringComparer.Ordinal);
    }

    /// <summary>For each provision the nearest heading provision above it whose path is its own path less one title, or -1.</summary>
    private static int[] Parents(IReadOnlyList<Provision> provisions)
    {
        var parents = new int[provisions.Count];
        var headings = new List<int>();
        for (var i = 0; i < provisions.Count; i++)
        {
            var path = provisions[i].HeadingPath;
            parents[i] = -1;
            for (var h = headings.Count - 1; h >= 0; h--)
            {
                var heading = provisions[headings[h]].HeadingPath;
                if (heading.Count + 1 == path.Count && heading.SequenceEqual(path.Take(heading.Count), StringComparer.Ordinal))
                {
                    parents[i] = headings[h];
                    break;
                }
            }
            if (provisions[i].Kind == ProvisionKind.Heading)
                headings.Add(i);
        }
        return parents;
    }

    /// <summary>The old indices of the pairs in the longest run whose new positions increase (patience sorting, O(n log n)).</summary>
    private HashSet<int> InOrder()
    {
        var pairs = new List<(int B, int A)>();
        for (var b = 0; b < pairOfBefore.Length; b++)
        {
            if (pairOfBefore[b] >= 0)
                pairs.Add((b, pairOfBefore[b]));
        }
        var tails = new List<int>(); // index into pairs of the smallest tail of each run length
        var previous = new int[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (pairs[tails[mid]].A < pairs[i].A)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
                tails.Add(i);
            else
                tails[lo] = i;
        }
        var kept = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
            kept.Add(pairs[i].B);
        return kept;
    }
}
