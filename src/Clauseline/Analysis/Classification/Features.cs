using System.Runtime.CompilerServices;

namespace Clauseline.Analysis.Classification;

/// <summary>
/// The features a sentence is scored on: its lower-cased words, word pairs, word triples and "skip pairs" (two
/// words with one to three words between them, which catch "we may ... terminate"), hashed into
/// 2^<see cref="HashBits"/> buckets and L2-normalised; and, after them, one feature per phrase signal of the taxonomy
/// that matches, valued at the signal's weight. Stop words are kept: "may", "not", "any" and "we" carry the meaning.
/// </summary>
public sealed class Features
{
    public const int HashBits = 20;
    public const int HashSize = 1 << HashBits;
    private const int MaxTokens = 400;
    private const int SkipWindow = 4;

    /// <summary>The feature indexes, ascending and distinct, and their values.</summary>
    public List<int> Indexes { get; } = [];

    public List<float> Values { get; } = [];

    /// <summary>When explaining: for each hashed feature of <see cref="Indexes"/>, the span of text it came from.</summary>
    public List<(int Start, int End)>? Spans { get; private set; }

    /// <summary>The text read, in lower case, for the signals' anchor test.</summary>
    public string Lowered { get; private set; } = "";

    /// <summary>The signals that matched, with where.</summary>
    public List<SignalHit> Signals { get; } = [];

    private readonly List<(int Start, int End, ulong Hash)> _tokens = [];
    private readonly Dictionary<int, int> _seen = [];

    private void Clear(bool explain)
    {
        Indexes.Clear();
        Values.Clear();
        Signals.Clear();
        _tokens.Clear();
        _seen.Clear();
        Spans = explain ? (Spans ?? []) : null;
        Spans?.Clear();
    }

    /// <summary>
    /// Reads <paramref name="text"/> into this instance (reused between calls to spare allocations): its words, and
    /// every signal of <paramref name="signals"/>, the features then in ascending order; or, without signals, its
    /// words only, unordered, for a caller that matches the signals it needs itself (<see cref="SignalSet.MatchOne"/>).
    /// </summary>
    public void Read(string text, SignalSet? signals, bool explain = false)
    {
        Clear(explain);
        Lowered = text.ToLowerInvariant();
        Tokenize(text);
        var n = _tokens.Count;
        for (var i = 0; i < n; i++)
        {
            var (start, end, h) = _tokens[i];
            Add(Mix(h, 0x9E3779B97F4A7C15UL), start, end);
            if (i + 1 < n)
            {
                var h2 = Mix(Mix(h, 0xC2B2AE3D27D4EB4FUL) ^ _tokens[i + 1].Hash, 0x165667B19E3779F9UL);
                Add(h2, start, _tokens[i + 1].End);
                if (i + 2 < n)
                {
                    Add(Mix(h2 ^ _tokens[i + 2].Hash, 0x27D4EB2F165667C5UL), start, _tokens[i + 2].End);
                }
            }
            for (var j = i + 2; j < n && j <= i + SkipWindow; j++)
            {
                Add(Mix(Mix(h, 0x94D049BB133111EBUL) ^ _tokens[j].Hash, 0xBF58476D1CE4E5B9UL), start, _tokens[j].End);
            }
        }
        var norm = MathF.Sqrt(Values.Count);
        for (var i = 0; i < Values.Count; i++)
        {
            Values[i] = 1f / norm;
        }
        if (signals is not null)
        {
            if (explain)
            {
                throw new ArgumentException("Features read with every signal are for training, which needs no explanation.", nameof(explain));
            }
            signals.Match(text, this);
            Sort();
        }
    }

    /// <summary>Adds a signal feature (called by <see cref="SignalSet"/>); a signal that matches twice counts once.</summary>
    internal void AddSignal(int feature, float weight, SignalHit hit)
    {
        Signals.Add(hit);
        if (_seen.TryAdd(feature, Indexes.Count))
        {
            Indexes.Add(feature);
            Values.Add(weight);
            Spans?.Add((hit.Start, hit.Start + hit.Length));
        }
    }

    private void Add(ulong hash, int start, int end)
    {
        var bucket = (int)(hash >> (64 - HashBits));
        if (_seen.TryAdd(bucket, Indexes.Count))
        {
            Indexes.Add(bucket);
            Values.Add(1f);
            Spans?.Add((start, end));
        }
    }

    /// <summary>Puts the features in ascending order, as a sparse vector needs them (only the training path sorts; it never explains).</summary>
    private void Sort()
    {
        var keys = Indexes.ToArray();
        var values = Values.ToArray();
        Array.Sort(keys, values);
        Indexes.Clear();
        Indexes.AddRange(keys);
        Values.Clear();
        Values.AddRange(values);
    }

    /// <summary>Words are runs of letters and digits (an apostrophe inside a word kept, curly or straight); a run of digits reads as "0".</summary>
    private void Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length && _tokens.Count < MaxTokens)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var hash = 0xCBF29CE484222325UL;
            var digits = true;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    digits &= char.IsDigit(c);
                    hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                    i++;
                }
                else if ((c is '\'' or '\u2019') && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
                {
                    hash = (hash ^ '\'') * 0x100000001B3UL;
                    i++;
                }
                else
                {
                    break;
                }
            }
            _tokens.Add((start, i, digits ? 0x5BD1E9955BD1E995UL : hash));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x, ulong salt)
    {
        x ^= salt;
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}

/// <summary>A phrase signal that matched: which, and where.</summary>
public sealed record SignalHit(Signal Signal, string CategoryId, int Start, int Length);

/// <summary>
/// The phrase signals of a taxonomy, each with its feature index in a model (or none, when the model was trained
/// before the signal was written: it is then shown as evidence but adds nothing to the score).
/// </summary>
public sealed class SignalSet
{
    private readonly (Signal Signal, string Category, int Feature)[] _signals;

    public SignalSet(Taxonomy taxonomy, IReadOnlyList<string> modelSignalIds)
    {
        var position = modelSignalIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        _signals = [.. taxonomy.Categories.SelectMany(c => c.Signals.Select(s =>
            (s, c.Id, position.TryGetValue(s.Id, out var p) ? Features.HashSize + p : -1)))];
    }

    public int Count => _signals.Length;

    /// <summary>The category of signal <paramref name="index"/>, its feature in the model (-1 when it has none) and its weight.</summary>
    public (string Category, int Feature, double Weight) this[int index] => (_signals[index].Category, _signals[index].Feature, _signals[index].Signal.Weight);

    internal void Match(string text, Features into)
    {
        for (var i = 0; i < _signals.Length; i++)
        {
            MatchOne(i, text, into);
        }
    }

    /// <summary>Matches signal <paramref name="index"/>; when it matches, adds it to <paramref name="into"/> and returns its feature (or -1).</summary>
    internal int? MatchOne(int index, string text, Features into)
    {
        var (signal, category, feature) = _signals[index];
        if (!signal.MayMatch(into.Lowered))
        {
            return null;
        }
        var m = signal.Match(text);
        if (!m.Success)
        {
            return null;
        }
        var hit = new SignalHit(signal, category, m.Index, m.Length);
        if (feature >= 0)
        {
            into.AddSignal(feature, (float)signal.Weight, hit);
        }
        else
        {
            into.Signals.Add(hit);
        }
        return feature;
    }
}
