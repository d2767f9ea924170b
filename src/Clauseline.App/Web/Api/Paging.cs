using System.Globalization;

namespace Clauseline.App.Web.Api;

/// <summary>
/// Cuts an ordered list into pages by key rather than by offset, so an item added or removed between two requests
/// neither repeats nor skips another: a page starts after the cursor's key in the list's order.
/// </summary>
internal static class Paging
{
    public const string BadCursor = "cursor is not one this list gave: follow the next link of the previous page.";

    /// <summary>A page of a list ordered by a string key, ascending (ordinal).</summary>
    public static Page<TOut> ByText<T, TOut>(IReadOnlyList<T> ordered, Func<T, string> key, PageRequest request, Func<T, TOut> map) =>
        Slice(ordered, key, request, map, (a, b) => string.CompareOrdinal(a, b), k => k, k => (true, k));

    /// <summary>A page of a list ordered by a number, ascending or (<paramref name="descending"/>) descending.</summary>
    public static Page<TOut> ByNumber<T, TOut>(IReadOnlyList<T> ordered, Func<T, long> key, PageRequest request, Func<T, TOut> map, bool descending = false) =>
        Slice(ordered, key, request, map, descending ? (a, b) => b.CompareTo(a) : (a, b) => a.CompareTo(b),
            k => k.ToString(CultureInfo.InvariantCulture),
            k => (long.TryParse(k, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n), n));

    /// <summary>
    /// A page of rows a query already cut by key: it asked for one row more than the limit, and that row, when it came,
    /// says there is a next page starting after the last row kept.
    /// </summary>
    public static Page<TOut> FromRows<T, TOut>(IReadOnlyList<T> rows, Func<T, long> key, PageRequest request, Func<T, TOut> map)
    {
        var kept = rows.Take(request.Limit).ToList();
        return new Page<TOut>([.. kept.Select(map)], rows.Count > request.Limit ? request.NextLink(key(kept[^1]).ToString(CultureInfo.InvariantCulture)) : null);
    }

    /// <summary>
    /// The key a cursor of <see cref="FromRows"/> holds (null for the first page); false for a cursor that holds no
    /// number, which the caller refuses rather than start again from the first page.
    /// </summary>
    public static bool TryAfter(PageRequest request, out long? after)
    {
        after = null;
        if (request.After is null)
            return true;
        if (!long.TryParse(request.After, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return false;
        after = n;
        return true;
    }

    private static Page<TOut> Slice<T, TKey, TOut>(IReadOnlyList<T> ordered, Func<T, TKey> key, PageRequest request, Func<T, TOut> map,
        Comparison<TKey> compare, Func<TKey, string> write, Func<string, (bool Read, TKey Key)> read)
    {
        var start = 0;
        if (request.After is { } after)
        {
            // A cursor that does not read as a key of this list starts nowhere: an empty last page, never the first again.
            var (readable, position) = read(after);
            start = readable ? FirstAfter(ordered, key, position, compare) : ordered.Count;
        }
        var items = ordered.Skip(start).Take(request.Limit).ToList();
        var more = start + items.Count < ordered.Count;
        return new Page<TOut>([.. items.Select(map)], more ? request.NextLink(write(key(items[^1]))) : null);
    }

    private static int FirstAfter<T, TKey>(IReadOnlyList<T> ordered, Func<T, TKey> key, TKey position, Comparison<TKey> compare)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            if (compare(key(ordered[i]), position) > 0)
                return i;
        }
        return ordered.Count;
    }
}
