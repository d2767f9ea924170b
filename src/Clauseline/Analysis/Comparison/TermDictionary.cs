namespace Clauseline.Analysis.Comparison;

/// <summary>
/// The terms of a similarity index, lower-cased words and pairs of consecutive words, numbered in one space. It grows
/// while the index is built and is only read afterwards, so concurrent queries may share it.
/// </summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _bigrams = new(PairComparer.Instance);

    /// <summary>How many terms there are; every term id is below it.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Writes a key for every word of <paramref name="lowered"/> and every pair of consecutive words into
    /// <paramref name="keys"/> (at least as long as the text) and returns how many. A word's key is its id, a pair's is
    /// <c>(first + 1) &lt;&lt; 32 | second</c>, so keys sort and count without strings. With <paramref name="grow"/> new
    /// words are added; otherwise each unknown word gets a number from <see cref="Count"/> up, remembered in
    /// <paramref name="unknown"/>, and <see cref="Resolve"/> turns its keys into -1.
    /// </summary>
    public int Keys(ReadOnlySpan<char> lowered, Span<long> keys, bool grow, ref Dictionary<string, int>? unknown)
    {
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var reader = new WordReader(lowered);
        var n = 0;
        var previous = -1;
        while (reader.Next(out var word))
        {
            if (!words.TryGetValue(word, out var id))
            {
                if (grow)
                {
                    id = Count++;
                    words.TryAdd(word, id);
                }
                else
                {
                    unknown ??= new Dictionary<string, int>(StringComparer.Ordinal);
                    var strange = unknown.GetAlternateLookup<ReadOnlySpan<char>>();
                    if (!strange.TryGetValue(word, out id))
                    {
                        id = Count + unknown.Count;
                        strange.TryAdd(word, id);
                    }
                }
            }
            keys[n++] = id;
            if (previous >= 0)
                keys[n++] = Pair(previous, id);
            previous = id;
        }
        return n;
    }

    /// <summary>The term id of a key from <see cref="Keys"/>, added when <paramref name="grow"/>; -1 for a term the index does not have.</summary>
    public int Resolve(long key, bool grow)
    {
        if (key >> 32 == 0)
            return key < Count ? (int)key : -1;
        if ((key >> 32) - 1 >= Count || (int)key >= Count)
            return -1;
        if (_bigrams.TryGetValue(key, out var id))
            return id;
        if (!grow)
            return -1;
        _bigrams.Add(key, Count);
        return Count++;
    }

    private static long Pair(int first, int second) => ((long)first + 1) << 32 | (uint)second;

    /// <summary>
    /// Mixes the bits of a pair key: the default hash of a long XORs its halves, which for two small ids leaves so few
    /// distinct values that a dictionary of a million pairs slows down many times over.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)((ulong)obj * 0x9E3779B97F4A7C15UL >> 32);
    }
}
