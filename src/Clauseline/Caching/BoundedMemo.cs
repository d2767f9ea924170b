using System.Collections.Concurrent;

namespace Clauseline.Caching;

/// <summary>
/// What was worked out from a key (a provision's text), remembered so that the provisions a version shares with
/// the one before it are read once; past <c>limit</c> entries everything is forgotten at once, which keeps memory
/// bounded without tracking use. Safe across threads; the count is kept here because the dictionary's own
/// <c>Count</c> takes every lock.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int limit, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _known = new(comparer);
    private int _count;

    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        if (_known.TryGetValue(key, out var known))
            return known;
        var value = compute(key);
        if (Interlocked.Increment(ref _count) > limit)
        {
            _known.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        _known.TryAdd(key, value);
        return value;
    }
}
