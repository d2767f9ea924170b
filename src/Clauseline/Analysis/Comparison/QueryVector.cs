using System.Buffers;

namespace Clauseline.Analysis.Comparison;

/// <summary>
/// The TF-IDF vector of a query text, weighted as the indexed texts are, in arrays borrowed from the shared pool
/// until disposed. Only the terms the index knows are kept, but the vector is normalised over all of them, unknown
/// ones counting at the idf of a term no indexed text has, so that scores are true cosine similarities.
/// </summary>
internal readonly struct QueryVector : IDisposable
{
    private readonly int[] _terms;
    private readonly float[] _weights;

    private QueryVector(int[] terms, float[] weights, int count)
    {
        _terms = terms;
        _weights = weights;
        Count = count;
    }

    public int Count { get; }

    public ReadOnlySpan<int> Terms => _terms.AsSpan(0, Count);

    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Count);

    /// <summary>The vector of <paramref name="text"/>; <paramref name="unseen"/> is the idf of a term no indexed text has.</summary>
    public static QueryVector Build(string text, TermDictionary dictionary, float[] idf, float unseen)
    {
        var lowered = ArrayPool<char>.Shared.Rent(text.Length + 1);
        var keys = ArrayPool<long>.Shared.Rent(text.Length + 1);
        var terms = ArrayPool<int>.Shared.Rent(text.Length + 1);
        var weights = ArrayPool<float>.Shared.Rent(text.Length + 1);
        try
        {
            Dictionary<string, int>? unknown = null;
            var found = keys.AsSpan(0, dictionary.Keys(WordReader.Lower(text, lowered), keys, grow: false, ref unknown));
            found.Sort();
            var squares = 0.0;
            var count = 0;
            for (var k = 0; k < found.Length;)
            {
                var run = k + 1;
                while (run < found.Length && found[run] == found[k])
                    run++;
                var term = dictionary.Resolve(found[k], grow: false);
                var weight = DocumentVectors.TermFrequency(run - k) * (term >= 0 ? idf[term] : unseen);
                squares += (double)weight * weight;
                if (term >= 0)
                {
                    terms[count] = term;
                    weights[count++] = weight;
                }
                k = run;
            }
            var length = (float)Math.Sqrt(squares);
            for (var q = 0; q < count; q++)
                weights[q] /= length;
            return new QueryVector(terms, weights, count);
        }
        catch
        {
            ArrayPool<int>.Shared.Return(terms);
            ArrayPool<float>.Shared.Return(weights);
            throw;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
            ArrayPool<long>.Shared.Return(keys);
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_terms);
        ArrayPool<float>.Shared.Return(_weights);
    }
}
