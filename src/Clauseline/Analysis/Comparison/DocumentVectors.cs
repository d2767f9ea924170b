using System.Buffers;

namespace Clauseline.Analysis.Comparison;

/// <summary>
/// The TF-IDF vectors of the indexed texts, side by side: text <c>i</c> has the terms and weights from
/// <c>Starts[i]</c> up to <c>Starts[i + 1]</c>. A term weighs (1 + ln tf) × idf, idf being
/// ln((n + 1) / (df + 1)) + 1 over the n indexed texts, and each vector has length 1.
/// </summary>
internal sealed class DocumentVectors
{
    private DocumentVectors(int[] starts, int[] terms, float[] weights, float[] idf)
    {
        Starts = starts;
        Terms = terms;
        Weights = weights;
        Idf = idf;
    }

    public int[] Starts { get; }

    public int[] Terms { get; }

    public float[] Weights { get; }

    /// <summary>The inverse document frequency of every term of the dictionary.</summary>
    public float[] Idf { get; }

    public static float InverseFrequency(int texts, int frequency) => (float)(Math.Log((texts + 1.0) / (frequency + 1.0)) + 1.0);

    public static float TermFrequency(int count) => 1f + MathF.Log(count);

    public static DocumentVectors Build(IReadOnlyList<string> texts, TermDictionary dictionary)
    {
        var starts = new int[texts.Count + 1];
        // About one word in four characters, each giving a word and a pair; repeats within a text count once.
        var characters = 0L;
        foreach (var text in texts)
            characters += text.Length;
        var terms = new int[(int)Math.Clamp(characters / 4, 16, Array.MaxLength)];
        var weights = new float[terms.Length];
        var frequencies = new int[1024];
        var keys = ArrayPool<long>.Shared.Rent(256);
        var lowered = ArrayPool<char>.Shared.Rent(256);
        Dictionary<string, int>? unknown = null;
        var n = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            if (text.Length + 1 > keys.Length)
            {
                ArrayPool<long>.Shared.Return(keys);
                ArrayPool<char>.Shared.Return(lowered);
                keys = ArrayPool<long>.Shared.Rent(text.Length + 1);
                lowered = ArrayPool<char>.Shared.Rent(text.Length + 1);
            }
            var found = keys.AsSpan(0, dictionary.Keys(WordReader.Lower(text, lowered), keys, grow: true, ref unknown));
            found.Sort();
            if (n + found.Length > terms.Length)
            {
                Array.Resize(ref terms, Math.Max(terms.Length * 2, n + found.Length));
                Array.Resize(ref weights, terms.Length);
            }
            for (var k = 0; k < found.Length;)
            {
                var run = k + 1;
                while (run < found.Length && found[run] == found[k])
                    run++;
                var term = dictionary.Resolve(found[k], grow: true);
                if (term >= frequencies.Length)
                    Array.Resize(ref frequencies, Math.Max(frequencies.Length * 2, term + 1));
                frequencies[term]++;
                terms[n] = term;
                weights[n++] = TermFrequency(run - k);
                k = run;
            }
            starts[i + 1] = n;
        }
        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<char>.Shared.Return(lowered);

        Array.Resize(ref frequencies, Math.Max(frequencies.Length, dictionary.Count));
        var idf = new float[dictionary.Count];
        for (var t = 0; t < idf.Length; t++)
            idf[t] = InverseFrequency(texts.Count, frequencies[t]);
        for (var i = 0; i < texts.Count; i++)
            Normalise(terms.AsSpan(starts[i], starts[i + 1] - starts[i]), weights.AsSpan(starts[i], starts[i + 1] - starts[i]), idf);
        return new DocumentVectors(starts, terms, weights, idf);
    }

    private static void Normalise(ReadOnlySpan<int> terms, Span<float> weights, float[] idf)
    {
        var squares = 0.0;
        for (var p = 0; p < weights.Length; p++)
        {
            weights[p] *= idf[terms[p]];
            squares += (double)weights[p] * weights[p];
        }
        var length = (float)Math.Sqrt(squares);
        for (var p = 0; p < weights.Length; p++)
            weights[p] /= length;
    }
}
