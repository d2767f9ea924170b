using Clauseline.Segmentation;

namespace Clauseline.Analysis.Classification;

/// <summary>
/// Finds the categories of a text, each with a score and its evidence. A sentence is scored by each category's
/// linear model over its <see cref="Features"/>, phrase signals of the taxonomy included, and reported when its
/// probability reaches the category's threshold; the score is rescaled so that the threshold reads 0.5. A provision
/// or a document is read sentence by sentence: a category is reported once, at its best sentence's score, with the
/// evidence of every sentence that carries it.
/// </summary>
public sealed class Classifier
{
    private const int ModelEvidence = 3;

    private readonly Taxonomy _taxonomy;
    private readonly SignalSet _signals;
    private readonly string[] _ids;
    private readonly float[] _bias;
    private readonly float[] _logitThreshold;
    private readonly Dictionary<int, int> _rows;
    private readonly int[] _rowStart;
    private readonly int[] _entryCategory;
    private readonly float[] _entryWeight;
    private readonly float[] _signalBound;
    private readonly int[][] _signalCategories;
    [ThreadStatic]
    private static Features? t_features;

    public Classifier(ClassifierModel model, Taxonomy taxonomy)
    {
        Model = model;
        _taxonomy = taxonomy;
        _signals = new SignalSet(taxonomy, model.SignalIds);
        var categories = model.Categories.Where(c => taxonomy.Find(c.Id) is not null).ToArray();
        _ids = [.. categories.Select(c => c.Id)];
        _bias = [.. categories.Select(c => c.Bias)];
        _logitThreshold = [.. categories.Select(c => Logit(c.Threshold))];
        var byFeature = new SortedDictionary<int, List<(int Category, float Weight)>>();
        for (var c = 0; c < categories.Length; c++)
        {
            foreach (var (feature, weight) in categories[c].Weights)
            {
                if (!byFeature.TryGetValue(feature, out var list))
                {
                    byFeature[feature] = list = [];
                }
                list.Add((c, weight));
            }
        }
        _rows = new Dictionary<int, int>(byFeature.Count);
        _rowStart = new int[byFeature.Count + 1];
        var entries = byFeature.Values.Sum(l => l.Count);
        _entryCategory = new int[entries];
        _entryWeight = new float[entries];
        var row = 0;
        var e = 0;
        foreach (var (feature, list) in byFeature)
        {
            _rows[feature] = row;
            _rowStart[row] = e;
            foreach (var (category, weight) in list)
            {
                _entryCategory[e] = category;
                _entryWeight[e] = weight;
                e++;
            }
            row++;
        }
        _rowStart[row] = e;

        // The most a sentence's signals could add to each category, and the signals that category must look at: those
        // its model weighs (either way) and its own (for evidence). A category whose words leave it short of its
        // threshold even with every signal it weighs positively cannot be reported, so its signals are not matched.
        _signalBound = new float[_ids.Length];
        var lists = Enumerable.Range(0, _ids.Length).Select(_ => new SortedSet<int>()).ToArray();
        for (var i = 0; i < _signals.Count; i++)
        {
            var (owner, feature, weight) = _signals[i];
            var own = Array.IndexOf(_ids, owner);
            if (own >= 0)
            {
                lists[own].Add(i);
            }
            if (feature < 0 || !_rows.TryGetValue(feature, out var r))
            {
                continue;
            }
            var value = (float)weight;
            for (var x = _rowStart[r]; x < _rowStart[r + 1]; x++)
            {
                lists[_entryCategory[x]].Add(i);
                _signalBound[_entryCategory[x]] += Math.Max(0, _entryWeight[x] * value);
            }
        }
        _signalCategories = [.. Enumerable.Range(0, _signals.Count).Select(i => Enumerable.Range(0, _ids.Length).Where(c => lists[c].Contains(i)).ToArray())];
    }

    public ClassifierModel Model { get; }

    /// <summary>The categories the model scores, in its order.</summary>
    public IReadOnlyList<string> CategoryIds => _ids;

    /// <summary>The shipped model over the shipped taxonomy.</summary>
    public static Classifier Default => Shipped.Value;

    private static readonly Lazy<Classifier> Shipped = new(() => new Classifier(
        ClassifierModel.Shipped ?? throw new InvalidOperationException("The library ships no trained classifier model: run `clauseline train`."),
        Taxonomy.Default));

    /// <summary>The rescaled score (threshold = 0.5) of every category of <see cref="CategoryIds"/> for one sentence.</summary>
    public float[] Scores(string sentence)
    {
        var features = t_features ??= new Features();
        var scores = new float[_ids.Length];
        Read(sentence, features, scores, explain: false);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Score(c, scores[c]);
        }
        return scores;
    }

    /// <summary>The scores as <see cref="Scores"/> gives them, but with every signal matched: what the shortcut must agree with.</summary>
    internal float[] ScoresMatchingEverySignal(string sentence)
    {
        var features = new Features();
        features.Read(sentence, _signals);
        var scores = new float[_ids.Length];
        Logits(features, scores);
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Score(c, scores[c]);
        }
        return scores;
    }

    /// <summary>The categories of one sentence, with evidence (offsets into <paramref name="sentence"/>).</summary>
    public IReadOnlyList<CategoryMatch> ClassifySentence(string sentence) => ClassifySentence(sentence, 0);

    /// <summary>The categories of a text of any length (a provision, a document), read sentence by sentence.</summary>
    public IReadOnlyList<CategoryMatch> Classify(string text)
    {
        var spans = SentenceSplitter.Split(text);
        if (spans.Count <= 1)
        {
            return ClassifySentence(text, 0);
        }
        var found = new Dictionary<string, (double Score, List<Evidence> Evidence)>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (!HasWords(text.AsSpan(span.Start, span.Length)))
            {
                // A clause number or a one-word heading cut off as a sentence of its own ("4.", "Fees") says nothing.
                continue;
            }
            foreach (var match in ClassifySentence(span.Of(text), span.Start))
            {
                if (found.TryGetValue(match.CategoryId, out var seen))
                {
                    seen.Evidence.AddRange(match.Evidence);
                    found[match.CategoryId] = (Math.Max(seen.Score, match.Score), seen.Evidence);
                }
                else
                {
                    found[match.CategoryId] = (match.Score, [.. match.Evidence]);
                }
            }
        }
        return Ordered(found.Select(f => new CategoryMatch(f.Key, f.Value.Score, f.Value.Evidence)));
    }

    private List<CategoryMatch> ClassifySentence(string sentence, int offset)
    {
        var features = t_features ??= new Features();
        var logits = new float[_ids.Length];
        Read(sentence, features, logits, explain: true);
        var matches = new List<CategoryMatch>();
        for (var c = 0; c < _ids.Length; c++)
        {
            var score = Score(c, logits[c]);
            if (score >= 0.5f)
            {
                matches.Add(new CategoryMatch(_ids[c], Math.Round(score, 3), Explain(sentence, offset, features, c)));
            }
        }
        return Ordered(matches);
    }

    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "of", "on", "or", "that",
        "the", "this", "to", "with",
    };

    /// <summary>Whether a phrase shown as evidence holds a word of its own: one of four letters or more that is not filler.</summary>
    private static bool Telling(ReadOnlySpan<char> phrase)
    {
        foreach (var range in phrase.SplitAny(" \n\t,.;:()\"'"))
        {
            var word = phrase[range];
            if (word.Length >= 4 && !Filler.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text has at least two words of letters.</summary>
    private static bool HasWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord && ++words >= 2)
            {
                return true;
            }
            inWord = letter;
        }
        return false;
    }

    private static List<CategoryMatch> Ordered(IEnumerable<CategoryMatch> matches) =>
        [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.CategoryId, StringComparer.Ordinal)];

    /// <summary>Reads a sentence's words, then the signals of the categories still within reach, into <paramref name="logits"/>.</summary>
    private void Read(string sentence, Features features, float[] logits, bool explain)
    {
        features.Read(sentence, null, explain);
        Logits(features, logits);
        var reachable = t_reachable is { } r && r.Length == _ids.Length ? r : t_reachable = new bool[_ids.Length];
        var any = false;
        for (var c = 0; c < _ids.Length; c++)
        {
            reachable[c] = logits[c] + _signalBound[c] >= _logitThreshold[c];
            any |= reachable[c];
        }
        if (!any)
        {
            return;
        }
        for (var i = 0; i < _signals.Count; i++)
        {
            var wanted = false;
            foreach (var c in _signalCategories[i])
            {
                if (reachable[c])
                {
                    wanted = true;
                    break;
                }
            }
            if (wanted && _signals.MatchOne(i, sentence, features) is { } feature && feature >= 0 && _rows.TryGetValue(feature, out var row))
            {
                var v = features.Values[^1];
                for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
                {
                    logits[_entryCategory[e]] += v * _entryWeight[e];
                }
            }
        }
    }

    [ThreadStatic]
    private static bool[]? t_reachable;

    private void Logits(Features features, float[] logits)
    {
        Array.Copy(_bias, logits, logits.Length);
        var indexes = features.Indexes;
        var values = features.Values;
        for (var i = 0; i < indexes.Count; i++)
        {
            if (_rows.TryGetValue(indexes[i], out var row))
            {
                var v = values[i];
                for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
                {
                    logits[_entryCategory[e]] += v * _entryWeight[e];
                }
            }
        }
    }

    /// <summary>The category's own signals that matched, then the phrases that weighed most towards it in the model.</summary>
    private List<Evidence> Explain(string sentence, int offset, Features features, int category)
    {
        var id = _ids[category];
        var name = _taxonomy.Find(id)?.Name ?? id;
        var evidence = features.Signals
            .Where(h => h.CategoryId == id)
            .Select(h => new Evidence(EvidenceKind.Signal, sentence.Substring(h.Start, h.Length), offset + h.Start, h.Length, h.Signal.Weight, h.Signal.Explains))
            .ToList();
        var contributions = new List<(int Start, int End, double Weight)>();
        for (var i = 0; i < features.Indexes.Count; i++)
        {
            var feature = features.Indexes[i];
            if (feature >= Features.HashSize || !_rows.TryGetValue(feature, out var row))
            {
                continue;
            }
            for (var e = _rowStart[row]; e < _rowStart[row + 1]; e++)
            {
                if (_entryCategory[e] == category && _entryWeight[e] > 0)
                {
                    var (start, end) = features.Spans![i];
                    if (!Telling(sentence.AsSpan(start, end - start)))
                    {
                        // "or", "and to the": words that say little to a reader, whatever their weight.
                        continue;
                    }
                    contributions.Add((start, end, _entryWeight[e] * features.Values[i]));
                }
            }
        }
        foreach (var (start, end, weight) in contributions.OrderByDescending(c => c.Weight).ThenBy(c => c.Start).Take(ModelEvidence))
        {
            if (evidence.Any(x => x.Start < offset + end && offset + start < x.Start + x.Length))
            {
                continue;
            }
            evidence.Add(new Evidence(EvidenceKind.Model, sentence[start..end], offset + start, end - start, Math.Round(weight, 3),
                $"the trained model weighs this phrase towards {name}"));
        }
        return evidence;
    }

    /// <summary>
    /// The rescaled score of category <paramref name="c"/> (0.5 at its threshold), held under 0.5 when the
    /// sentence's own words and signals add nothing to it: a category is never reported on its prior alone. (The
    /// models of our own categories learned from our own sentences only, where every sentence is about something;
    /// without this, text unlike any of them could clear a low threshold on the bias.)
    /// </summary>
    private float Score(int c, float logit)
    {
        var score = Sigmoid(logit - _logitThreshold[c]);
        return logit - _bias[c] > 0 ? score : Math.Min(score, 0.499f);
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    private static float Logit(float p)
    {
        p = Math.Clamp(p, 1e-4f, 1 - 1e-4f);
        return MathF.Log(p / (1 - p));
    }
}
