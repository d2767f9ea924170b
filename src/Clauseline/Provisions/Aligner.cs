using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>The state of one alignment: who is paired with whom so far, and the splits and merges found.</summary>
internal sealed class Aligner
{
    /// <summary>Below this similarity two provisions are unrelated.</summary>
    private const double Threshold = 0.5;

    /// <summary>At or above this a pair is a plain rewording, unless its partner alone leaves much of it uncovered.</summary>
    private const double Strong = 0.8;

    /// <summary>A strong partner that holds this share of a provision's words is never replaced by a split or merge.</summary>
    private const double Whole = 0.9;

    // Same section first, then same number: small enough never to lift a pair over the threshold on its own.
    private const double SamePathBonus = 0.05;
    private const double SameNumberBonus = 0.02;

    private readonly IReadOnlyList<Provision> _before;
    private readonly IReadOnlyList<Provision> _after;
    private readonly ProvisionWords[] _beforeWords;
    private readonly ProvisionWords[] _afterWords;
    private readonly int[] _pairOfBefore;
    private readonly int[] _pairOfAfter;
    private readonly double[] _similarity;
    private readonly bool[] _groupedBefore;
    private readonly bool[] _groupedAfter;
    private readonly List<ProvisionMatch> _groups = [];

    public Aligner(IReadOnlyList<Provision> before, IReadOnlyList<Provision> after)
    {
        _before = before;
        _after = after;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        _beforeWords = [.. before.Select(p => ProvisionWords.Read(p, vocabulary))];
        _afterWords = [.. after.Select(p => ProvisionWords.Read(p, vocabulary))];
        _pairOfBefore = Enumerable.Repeat(-1, before.Count).ToArray();
        _pairOfAfter = Enumerable.Repeat(-1, after.Count).ToArray();
        _similarity = new double[before.Count];
        _groupedBefore = new bool[before.Count];
        _groupedAfter = new bool[after.Count];
    }

    public List<ProvisionMatch> Run()
    {
        PairIdentical();
        PairSimilar();
        FindGroups(split: true);
        FindGroups(split: false);
        return new MatchList(_before, _after, _pairOfBefore, _similarity, _groups).Build();
    }

    private void PairIdentical()
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var b = 0; b < _before.Count; b++)
        {
            if (!byKey.TryGetValue(_beforeWords[b].Key, out var list))
                byKey[_beforeWords[b].Key] = list = [];
            list.Add(b);
        }
        // Repeated texts ("Not applicable.") pair within their section first, then in order.
        foreach (var samePath in new[] { true, false })
        {
            for (var a = 0; a < _after.Count; a++)
            {
                if (_pairOfAfter[a] >= 0 || !byKey.TryGetValue(_afterWords[a].Key, out var candidates))
                    continue;
                foreach (var b in candidates)
                {
                    if (_pairOfBefore[b] < 0 && (!samePath || SamePath(b, a)))
                    {
                        Pair(b, a, 1);
                        break;
                    }
                }
            }
        }
    }

    private void PairSimilar()
    {
        var candidates = new List<(double Rank, double Score, int B, int A)>();
        for (var b = 0; b < _before.Count; b++)
        {
            if (_pairOfBefore[b] >= 0)
                continue;
            for (var a = 0; a < _after.Count; a++)
            {
                if (_pairOfAfter[a] >= 0 || _beforeWords[b].IsHeading != _afterWords[a].IsHeading)
                    continue;
                if (WordSimilarity.UpperBound(_beforeWords[b], _afterWords[a]) < Threshold)
                    continue;
                var score = WordSimilarity.Score(_beforeWords[b], _afterWords[a]);
                if (score < Threshold)
                    continue;
                var rank = score + (SamePath(b, a) ? SamePathBonus : 0) + (SameNumber(b, a) ? SameNumberBonus : 0);
                candidates.Add((rank, score, b, a));
            }
        }
        candidates.Sort((x, y) => y.Rank != x.Rank ? y.Rank.CompareTo(x.Rank) : x.B != y.B ? x.B.CompareTo(y.B) : x.A.CompareTo(y.A));
        foreach (var (_, score, b, a) in candidates)
        {
            if (_pairOfBefore[b] < 0 && _pairOfAfter[a] < 0)
                Pair(b, a, score);
        }
    }

    /// <summary>
    /// Splits (one old provision, several new) or merges (the reverse): a provision left alone, weakly paired, or
    /// strongly paired with a partner that holds less than <see cref="Whole"/> of its words ("A. B." whose "A."
    /// stayed and "B." became the next clause), whose words are mostly (<see cref="Strong"/>) found in two or
    /// three consecutive free provisions of the other version, each of which takes most of its own words from it.
    /// </summary>
    private void FindGroups(bool split)
    {
        var ones = split ? _beforeWords : _afterWords;
        var many = split ? _afterWords : _beforeWords;
        var pairOfOne = split ? _pairOfBefore : _pairOfAfter;
        var pairOfMany = split ? _pairOfAfter : _pairOfBefore;
        var groupedOne = split ? _groupedBefore : _groupedAfter;
        var groupedMany = split ? _groupedAfter : _groupedBefore;
        for (var o = 0; o < ones.Length; o++)
        {
            var partner = pairOfOne[o];
            if (groupedOne[o] || ones[o].IsHeading || partner >= 0 && Strength(split ? o : partner, split ? partner : o) is var strength && strength >= Strong
                && (strength >= 1 || WordSimilarity.Coverage(ones[o], [many[partner]]) >= Whole))
                continue;
            var first = partner >= 0 ? Math.Max(0, partner - 2) : 0;
            var last = partner >= 0 ? Math.Min(many.Length - 1, partner + 2) : many.Length - 1;
            var free = new bool[many.Length];
            for (var i = first; i <= last; i++)
            {
                free[i] = !groupedMany[i] && !many[i].IsHeading && (pairOfMany[i] < 0 || i == partner)
                    && WordSimilarity.Containment(many[i], ones[o]) >= 0.6;
            }
            var alone = partner >= 0 ? WordSimilarity.Coverage(ones[o], [many[partner]]) : 0;
            (int Start, int Size, double Coverage)? best = null;
            for (var size = 2; size <= 3; size++)
            {
                var from = partner >= 0 ? Math.Max(0, partner - size + 1) : 0;
                var to = partner >= 0 ? Math.Min(partner, many.Length - size) : many.Length - size;
                for (var s = from; s <= to; s++)
                {
                    if (!free.AsSpan(s, size).TrimStart(true).IsEmpty)
                        continue;
                    var coverage = WordSimilarity.Coverage(ones[o], many[s..(s + size)]);
                    if (coverage >= Strong && coverage > alone && (best is null || coverage > best.Value.Coverage))
                        best = (s, size, coverage);
                }
            }
            if (best is not { } found)
                continue;
            if (partner >= 0)
                Unpair(split ? o : partner, split ? partner : o);
            groupedOne[o] = true;
            var range = Enumerable.Range(found.Start, found.Size).ToArray();
            foreach (var i in range)
                groupedMany[i] = true;
            _groups.Add(split
                ? new ProvisionMatch(ProvisionChange.Split, [o], range, found.Coverage, false, false)
                : new ProvisionMatch(ProvisionChange.Merged, range, [o], found.Coverage, false, false));
        }
    }

    private double Strength(int b, int a) => _pairOfBefore[b] == a ? _similarity[b] : 0;

    private void Pair(int b, int a, double similarity)
    {
        _pairOfBefore[b] = a;
        _pairOfAfter[a] = b;
        _similarity[b] = similarity;
    }

    private void Unpair(int b, int a)
    {
        _pairOfBefore[b] = -1;
        _pairOfAfter[a] = -1;
    }

    private bool SamePath(int b, int a) => _before[b].HeadingPath.SequenceEqual(_after[a].HeadingPath, StringComparer.Ordinal);

    private bool SameNumber(int b, int a) => _before[b].Number is { } n && n == _after[a].Number;
}
