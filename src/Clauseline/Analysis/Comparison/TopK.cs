namespace Clauseline.Analysis.Comparison;

/// <summary>
/// Keeps the best candidates seen so far in a heap whose root is the worst of them: a higher score is better, and of
/// equal scores the lower ordinal (the earlier key).
/// </summary>
internal ref struct TopK(Span<int> heap, ReadOnlySpan<float> scores)
{
    private readonly Span<int> _heap = heap;
    private readonly ReadOnlySpan<float> _scores = scores;
    private int _count;

    public void Offer(int candidate)
    {
        if (_count < _heap.Length)
        {
            var at = _count++;
            while (at > 0)
            {
                var parent = (at - 1) / 2;
                if (!Better(_heap[parent], candidate))
                    break;
                _heap[at] = _heap[parent];
                at = parent;
            }
            _heap[at] = candidate;
        }
        else if (_heap.Length > 0 && Better(candidate, _heap[0]))
        {
            SiftDown(candidate, _count);
        }
    }

    /// <summary>Sorts the kept candidates best first at the start of the heap's span and returns how many there are.</summary>
    public int Drain()
    {
        for (var end = _count - 1; end > 0; end--)
        {
            var worst = _heap[0];
            SiftDown(_heap[end], end);
            _heap[end] = worst;
        }
        return _count;
    }

    /// <summary>Puts <paramref name="candidate"/> at the root of the heap's first <paramref name="size"/> places and lets it sink.</summary>
    private readonly void SiftDown(int candidate, int size)
    {
        var at = 0;
        while (true)
        {
            var child = 2 * at + 1;
            if (child >= size)
                break;
            if (child + 1 < size && Better(_heap[child], _heap[child + 1]))
                child++;
            if (!Better(candidate, _heap[child]))
                break;
            _heap[at] = _heap[child];
            at = child;
        }
        _heap[at] = candidate;
    }

    private readonly bool Better(int a, int b) => _scores[a] > _scores[b] || (_scores[a] == _scores[b] && a < b);
}
