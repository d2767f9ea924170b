using DiffPlex;

namespace Clauseline.Changes;

/// <summary>A diff over word tokens (Myers' algorithm, by DiffPlex), returned as the changed runs between kept words.</summary>
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
        if (n == 0 || m == 0)
            return n == 0 && m == 0 ? [] : [new Hunk(prefix, prefix + n, prefix, prefix + m)];
        // The middle goes to DiffPlex's Myers diff, one token per line (tokens hold no line breaks).
        var result = Differ.Instance.CreateLineDiffs(
            string.Join('\n', a.Skip(prefix).Take(n)), string.Join('\n', b.Skip(prefix).Take(m)), ignoreWhitespace: false);
        var hunks = new List<Hunk>(result.DiffBlocks.Count);
        foreach (var block in result.DiffBlocks)
        {
            hunks.Add(new Hunk(prefix + block.DeleteStartA, prefix + block.DeleteStartA + block.DeleteCountA,
                prefix + block.InsertStartB, prefix + block.InsertStartB + block.InsertCountB));
        }
        return hunks;
    }
}
