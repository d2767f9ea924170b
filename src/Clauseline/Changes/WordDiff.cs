namespace Clauseline.Changes;

/// <summary>A longest-common-subsequence diff over word tokens, returned as the changed runs between kept words.</summary>
internal static class WordDiff
{
    public static IReadOnlyList<Hunk> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // Provisions share most of their words; trimming the common ends keeps the table small.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
            suffix++;
        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        // The table is n × m; past a few million cells (pages, not provisions) the middle is one changed run.
        if ((long)n * m > 4_000_000)
            return [new Hunk(prefix, prefix + n, prefix, prefix + m)];
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        var hunks = new List<Hunk>();
        int x = 0, y = 0, startX = 0, startY = 0;
        var open = false;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                if (open)
                    hunks.Add(new Hunk(prefix + startX, prefix + x, prefix + startY, prefix + y));
                open = false;
                x++;
                y++;
                continue;
            }
            if (!open)
            {
                (startX, startY, open) = (x, y, true);
            }
            if (y < m && (x >= n || lcs[x, y + 1] >= lcs[x + 1, y]))
                y++;
            else
                x++;
        }
        if (open)
            hunks.Add(new Hunk(prefix + startX, prefix + x, prefix + startY, prefix + y));
        return hunks;
    }
}
