using System.Buffers;

namespace Clauseline.Analysis.Comparison;

/// <summary>
/// Finds how other platforms word a provision: the indexed provisions of a category closest to a text by the cosine
/// similarity of TF-IDF vectors (lower-cased words and pairs of consecutive words, sublinear term frequency, idf over
/// the indexed provisions). Each category has its own inverted index, so a query only visits the postings of its
/// query terms in that category. Immutable once built: queries may run concurrently, each with pooled buffers.
/// </summary>
public sealed class ProvisionSimilarityIndex
{
    private readonly IndexedProvision[] _provisions;
    private readonly TermDictionary _dictionary;
    private readonly float[] _idf;
    private readonly Dictionary<string, CategoryPostings> _categories;
    private readonly Dictionary<string, int> _platforms;

    private ProvisionSimilarityIndex(
        IndexedProvision[] provisions, TermDictionary dictionary, float[] idf,
        Dictionary<string, CategoryPostings> categories, Dictionary<string, int> platforms)
    {
        _provisions = provisions;
        _dictionary = dictionary;
        _idf = idf;
        _categories = categories;
        _platforms = platforms;
    }

    public int Count => _provisions.Length;

    /// <summary>Indexes <paramref name="provisions"/>, whose keys must differ.</summary>
    public static ProvisionSimilarityIndex Build(IEnumerable<IndexedProvision> provisions)
    {
        var sorted = provisions.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1].Key, sorted[i].Key, StringComparison.Ordinal))
                throw new ArgumentException($"Two provisions have the key '{sorted[i].Key}'.", nameof(provisions));
        }
        var dictionary = new TermDictionary();
        var vectors = DocumentVectors.Build(Array.ConvertAll(sorted, p => p.Text), dictionary);

        var platforms = new Dictionary<string, int>(StringComparer.Ordinal);
        var platformOf = new int[sorted.Length];
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!platforms.TryGetValue(sorted[i].PlatformSlug, out platformOf[i]))
                platforms.Add(sorted[i].PlatformSlug, platformOf[i] = platforms.Count);
            foreach (var category in sorted[i].Categories)
            {
                if (!members.TryGetValue(category, out var list))
                    members.Add(category, list = []);
                if (list.Count == 0 || list[^1] != i)
                    list.Add(i);
            }
        }
        var counts = new int[dictionary.Count];
        var categories = new Dictionary<string, CategoryPostings>(StringComparer.Ordinal);
        foreach (var (category, list) in members)
        {
            var ordinals = list.ToArray();
            categories.Add(category, CategoryPostings.Build(ordinals, Array.ConvertAll(ordinals, i => platformOf[i]), vectors, counts));
        }
        return new ProvisionSimilarityIndex(sorted, dictionary, vectors.Idf, categories, platforms);
    }

    /// <summary>
    /// The <paramref name="k"/> provisions of <paramref name="category"/> most similar to <paramref name="text"/>, most
    /// similar first and of equal similarity by key, leaving out those of <paramref name="excludePlatform"/> (a slug)
    /// and those sharing no term with the text.
    /// </summary>
    public IReadOnlyList<SimilarProvision> Nearest(string text, string category, int k = 5, string? excludePlatform = null) =>
        Search(text, category, k, excludePlatform, perPlatform: false);

    /// <summary>
    /// Like <see cref="Nearest"/>, but the best provision of each platform only, so the <paramref name="k"/> results
    /// come from <paramref name="k"/> different platforms: one excerpt per platform.
    /// </summary>
    public IReadOnlyList<SimilarProvision> NearestPerPlatform(string text, string category, int k = 5, string? excludePlatform = null) =>
        Search(text, category, k, excludePlatform, perPlatform: true);

    private SimilarProvision[] Search(string text, string category, int k, string? excludePlatform, bool perPlatform)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0 || !_categories.TryGetValue(category, out var postings))
            return [];
        var excluded = excludePlatform is not null && _platforms.TryGetValue(excludePlatform, out var platform) ? platform : -1;
        using var query = QueryVector.Build(text, _dictionary, _idf, DocumentVectors.InverseFrequency(_provisions.Length, 0));
        if (query.Count == 0)
            return [];
        var rented = ArrayPool<float>.Shared.Rent(postings.Count);
        try
        {
            var scores = rented.AsSpan(0, postings.Count);
            scores.Clear();
            postings.Accumulate(query.Terms, query.Weights, scores);
            return perPlatform ? BestPerPlatform(postings, scores, k, excluded) : Best(postings, scores, k, excluded);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(rented);
        }
    }

    private SimilarProvision[] Best(CategoryPostings postings, ReadOnlySpan<float> scores, int k, int excluded)
    {
        var size = Math.Min(k, scores.Length);
        var heap = ArrayPool<int>.Shared.Rent(size);
        try
        {
            var top = new TopK(heap.AsSpan(0, size), scores);
            var platforms = postings.Platforms;
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] > 0 && platforms[i] != excluded)
                    top.Offer(i);
            }
            return Results(postings, scores, heap.AsSpan(0, top.Drain()));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(heap);
        }
    }

    private SimilarProvision[] BestPerPlatform(CategoryPostings postings, ReadOnlySpan<float> scores, int k, int excluded)
    {
        var size = Math.Min(k, _platforms.Count);
        var best = ArrayPool<int>.Shared.Rent(_platforms.Count);
        var heap = ArrayPool<int>.Shared.Rent(size);
        try
        {
            // Scanning in key order and replacing only on a higher score keeps the earliest key among equals.
            var bestOf = best.AsSpan(0, _platforms.Count);
            bestOf.Fill(-1);
            var platforms = postings.Platforms;
            for (var i = 0; i < scores.Length; i++)
            {
                var platform = platforms[i];
                if (scores[i] > 0 && platform != excluded && (bestOf[platform] < 0 || scores[i] > scores[bestOf[platform]]))
                    bestOf[platform] = i;
            }
            var top = new TopK(heap.AsSpan(0, size), scores);
            foreach (var i in bestOf)
            {
                if (i >= 0)
                    top.Offer(i);
            }
            return Results(postings, scores, heap.AsSpan(0, top.Drain()));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(heap);
        }
    }

    private SimilarProvision[] Results(CategoryPostings postings, ReadOnlySpan<float> scores, ReadOnlySpan<int> ranked)
    {
        var results = new SimilarProvision[ranked.Length];
        for (var r = 0; r < ranked.Length; r++)
            results[r] = new SimilarProvision(_provisions[postings.Members[ranked[r]]], Math.Min(1.0, scores[ranked[r]]));
        return results;
    }
}
