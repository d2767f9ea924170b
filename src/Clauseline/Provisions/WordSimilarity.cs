namespace Clauseline.Provisions;

/// <summary>
/// How alike two provisions are: the mean of the Dice coefficients of their distinct words and of their
/// distinct word pairs (pairs notice reordering; words alone forgive it), and how much of one the others cover.
/// </summary>
internal static class WordSimilarity
{
    public static double Score(ProvisionWords a, ProvisionWords b)
    {
        var words = Dice(a.Distinct, b.Distinct);
        // A one-word text has no pairs; its words decide alone.
        if (a.Bigrams.Length == 0 || b.Bigrams.Length == 0)
            return words;
        return (words + Dice(a.Bigrams, b.Bigrams)) / 2;
    }

    /// <summary>The highest <see cref="Score"/> two texts of these sizes could reach, to skip hopeless pairs.</summary>
    public static double UpperBound(ProvisionWords a, ProvisionWords b)
    {
        var words = SizeBound(a.Distinct.Length, b.Distinct.Length);
        if (a.Bigrams.Length == 0 || b.Bigrams.Length == 0)
            return words;
        return (words + SizeBound(a.Bigrams.Length, b.Bigrams.Length)) / 2;
    }

    /// <summary>The share of <paramref name="whole"/>'s distinct words found in at least one of <paramref name="parts"/>.</summary>
    public static double Coverage(ProvisionWords whole, IEnumerable<ProvisionWords> parts)
    {
        if (whole.Distinct.Length == 0)
            return 0;
        var found = new bool[whole.Distinct.Length];
        foreach (var part in parts)
        {
            for (var i = 0; i < found.Length; i++)
                found[i] |= Array.BinarySearch(part.Distinct, whole.Distinct[i]) >= 0;
        }
        return (double)found.Count(f => f) / found.Length;
    }

    /// <summary>The share of <paramref name="part"/>'s distinct words that <paramref name="whole"/> also has.</summary>
    public static double Containment(ProvisionWords part, ProvisionWords whole) =>
        part.Distinct.Length == 0 ? 0 : (double)Common(part.Distinct, whole.Distinct) / part.Distinct.Length;

    private static double SizeBound(int a, int b) => a + b == 0 ? 1 : 2.0 * Math.Min(a, b) / (a + b);

    private static double Dice<T>(T[] a, T[] b)
        where T : IComparable<T> =>
        a.Length + b.Length == 0 ? 1 : 2.0 * Common(a, b) / (a.Length + b.Length);

    private static int Common<T>(T[] a, T[] b)
        where T : IComparable<T>
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common;
    }
}
