using Clauseline.Archive;
using Clauseline.Caching;
using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>
/// A provision reduced to what alignment compares: its words without heading marks and its own clause number
/// (<see cref="Key"/>, equal for texts that say the same thing), its distinct words and distinct word pairs as
/// sorted ids, so that similarity is a merge of two sorted arrays.
/// </summary>
internal sealed record ProvisionWords(string Key, bool IsHeading, int[] Distinct, long[] Bigrams)
{
    public static ProvisionWords Read(Provision provision, Dictionary<string, int> vocabulary)
    {
        var heading = provision.Kind == ProvisionKind.Heading;
        var words = WordsOf(provision, heading);
        var ids = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            if (!vocabulary.TryGetValue(words[i], out var id))
                vocabulary[words[i]] = id = vocabulary.Count;
            ids[i] = id;
        }
        var bigrams = new long[Math.Max(0, ids.Length - 1)];
        for (var i = 0; i + 1 < ids.Length; i++)
            bigrams[i] = ((long)ids[i] << 32) | (uint)ids[i + 1];
        // An empty key (a heading that is only a number) is compared by its raw text instead.
        var key = words.Length == 0 ? "raw:" + provision.Text.Trim() : string.Join(' ', words);
        return new ProvisionWords((heading ? "h:" : "p:") + key, heading, SortedDistinct(ids), SortedDistinct(bigrams));
    }

    /// <summary>Most provisions of a version are those of the version before: their words are read once.</summary>
    private static readonly BoundedMemo<(string Text, bool Heading), string[]> Known = new(20_000);

    private static string[] WordsOf(Provision provision, bool heading) =>
        Known.Get((provision.Text, heading), key => [.. Wording.Words(WithoutNumber(provision, key.Heading))]);

    /// <summary>The text after heading marks and the provision's leading clause number: "## 4. Fees" is "Fees".</summary>
    private static string WithoutNumber(Provision provision, bool heading)
    {
        var text = provision.Text;
        var s = 0;
        while (s < text.Length && (text[s] is '#' or '*' or '_' || char.IsWhiteSpace(text[s])))
            s++;
        if (heading)
            return HeadingLines.SplitNumber(text[s..].Trim().Trim('*', '#').Trim()).Title;
        return ClauseMarker.Parse(text, s, text.Length) is { IsBullet: false } marker ? text[marker.ContentStart..] : text[s..];
    }

    private static T[] SortedDistinct<T>(T[] items)
        where T : IComparable<T>
    {
        if (items.Length == 0)
            return items;
        var sorted = (T[])items.Clone();
        Array.Sort(sorted);
        var n = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].CompareTo(sorted[n - 1]) != 0)
                sorted[n++] = sorted[i];
        }
        return sorted[..n];
    }
}
