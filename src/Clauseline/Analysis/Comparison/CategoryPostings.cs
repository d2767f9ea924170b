namespace Clauseline.Analysis.Comparison;

/// <summary>
/// The inverted index of one category: for every term its postings, each a provision of the category (by its ordinal
/// there, which follows the order of keys) and the term's weight in that provision's normalised vector.
/// </summary>
internal sealed class CategoryPostings
{
    private readonly int[] _terms;
    private readonly int[] _starts;
    private readonly Posting[] _postings;

    private CategoryPostings(int[] members, int[] platforms, int[] terms, int[] starts, Posting[] postings)
    {
        Members = members;
        Platforms = platforms;
        _terms = terms;
        _starts = starts;
        _postings = postings;
    }

    /// <summary>The index ordinal of each provision of the category, in the order of their keys.</summary>
    public int[] Members { get; }

    /// <summary>The platform number of each provision of the category.</summary>
    public int[] Platforms { get; }

    public int Count => Members.Length;

    /// <summary>Adds each query term's weight times its weight in a provision to that provision's score.</summary>
    public void Accumulate(ReadOnlySpan<int> queryTerms, ReadOnlySpan<float> queryWeights, Span<float> scores)
    {
        var terms = _terms.AsSpan();
        for (var q = 0; q < queryTerms.Length; q++)
        {
            var at = terms.BinarySearch(queryTerms[q]);
            if (at < 0)
                continue;
            var weight = queryWeights[q];
            var postings = _postings.AsSpan(_starts[at], _starts[at + 1] - _starts[at]);
            foreach (var posting in postings)
                scores[posting.Provision] += weight * posting.Weight;
        }
    }

    /// <summary>
    /// Builds the postings of the provisions <paramref name="members"/> from their vectors (terms and weights of
    /// provision <c>i</c> at <c>vectors.Starts[i]</c> up to <c>vectors.Starts[i + 1]</c>). <paramref name="counts"/> is
    /// a zeroed scratch array with a place for every term, left zeroed.
    /// </summary>
    public static CategoryPostings Build(int[] members, int[] platforms, DocumentVectors vectors, int[] counts)
    {
        var present = new List<int>();
        foreach (var member in members)
        {
            for (var p = vectors.Starts[member]; p < vectors.Starts[member + 1]; p++)
            {
                if (counts[vectors.Terms[p]]++ == 0)
                    present.Add(vectors.Terms[p]);
            }
        }
        var terms = present.ToArray();
        Array.Sort(terms);
        var starts = new int[terms.Length + 1];
        for (var t = 0; t < terms.Length; t++)
        {
            starts[t + 1] = starts[t] + counts[terms[t]];
            counts[terms[t]] = starts[t];
        }
        // The counts now serve as the next free place of each term's postings, filled in member order.
        var postings = new Posting[starts[^1]];
        for (var m = 0; m < members.Length; m++)
        {
            for (var p = vectors.Starts[members[m]]; p < vectors.Starts[members[m] + 1]; p++)
                postings[counts[vectors.Terms[p]]++] = new Posting(m, vectors.Weights[p]);
        }
        foreach (var term in terms)
            counts[term] = 0;
        return new CategoryPostings(members, platforms, terms, starts, postings);
    }

    private readonly record struct Posting(int Provision, float Weight);
}
