using Clauseline.Analysis.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Clauseline.Analysis.Training;

/// <summary>How a classifier is trained. The defaults are the shipped model's.</summary>
public sealed record TrainingSettings(
    float L1 = 0.05f,
    float L2 = 1.0f,
    int MaxIterations = 100,
    int ThresholdFolds = 3,
    double PositiveWeightPower = 0.5,
    float PruneBelow = 1e-4f)
{
    public override string ToString() =>
        $"L-BFGS logistic regression per category (ML.NET), L1 {L1}, L2 {L2}, at most {MaxIterations} iterations, " +
        $"positives weighted by (negatives/positives)^{PositiveWeightPower}, thresholds tuned for F1 on {ThresholdFolds} document folds, " +
        $"weights below {PruneBelow} dropped; features: {Features.HashBits}-bit hashed words, word pairs, triples and skip pairs, plus taxonomy signals";
}

/// <summary>
/// Trains a <see cref="ClassifierModel"/> with ML.NET: one binary logistic regression per category over the
/// sentences whose file labels that category, on <see cref="Features"/>, its weights then exported for scoring
/// without ML.NET. Each category's threshold is the one that maximises F1 on out-of-fold predictions, the folds
/// being whole documents. Single-threaded with a fixed seed: the same data and settings give the same model.
/// </summary>
public sealed class ClassifierTrainer(Taxonomy taxonomy, TrainingSettings settings, Action<string>? log = null)
{
    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }

        public float Weight { get; set; }
    }

    private sealed record Encoded(LabelledSentence Sentence, int[] Indexes, float[] Values, string[] Signals);

    public ClassifierModel Train(IReadOnlyList<LabelledSentence> sentences, ModelInfo info, IReadOnlySet<string>? only = null)
    {
        var signalIds = taxonomy.Categories.SelectMany(c => c.Signals).Select(s => s.Id).ToArray();
        var encoded = Encode(sentences, signalIds);
        var dimension = Features.HashSize + signalIds.Length;
        var chosen = taxonomy.Categories.Where(c => only?.Contains(c.Id) ?? true).ToList();
        var trained = new CategoryModel?[chosen.Count];
        // Each category's fit is single-threaded and seeded, so training them side by side gives the same model.
        Parallel.For(0, chosen.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var category = chosen[i];
            // A category is learned from the sentences whose file labels it, and also from sentences labelled with
            // nothing at all in files that do not (ordinary clauses of real terms): without them, a category known only
            // from our own sentences never sees ordinary text and fires on it. A few of those may in truth carry the
            // category (CLAUDETTE does not label warranty disclaimers, say): noise the model has to live with.
            // Such a sentence that one of the category's strong signals (weight 0.7 or more) matches is left out rather
            // than taken for a counter-example.
            var strong = category.Signals.Where(s => s.Weight >= 0.7).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var rows = encoded.Where(e => e.Sentence.Scope.Contains(category.Id)
                || (e.Sentence.Labels.Count == 0 && !e.Signals.Any(strong.Contains))).ToList();
            var positives = rows.Count(r => r.Sentence.Carries(category.Id));
            if (positives < 3)
            {
                log?.Invoke($"{category.Id}: {positives} positive sentences, too few to train; left out");
                return;
            }
            var threshold = TuneThreshold(rows, category.Id, dimension);
            var (bias, weights) = Fit(rows, category.Id, dimension);
            log?.Invoke($"{category.Id}: {rows.Count} sentences, {positives} positive, {weights.Count} weights, threshold {threshold:0.000}");
            trained[i] = new CategoryModel(category.Id, bias, threshold, weights);
        });
        var categories = trained.OfType<CategoryModel>().ToList();
        return new ClassifierModel(info, signalIds, categories);
    }

    private List<Encoded> Encode(IReadOnlyList<LabelledSentence> sentences, string[] signalIds)
    {
        var features = new Features();
        var signals = new SignalSet(taxonomy, signalIds);
        var encoded = new List<Encoded>(sentences.Count);
        foreach (var s in sentences)
        {
            features.Read(s.Text, signals);
            encoded.Add(new Encoded(s, [.. features.Indexes], [.. features.Values], [.. features.Signals.Select(h => h.Signal.Id)]));
        }
        return encoded;
    }

    private float TuneThreshold(List<Encoded> rows, string category, int dimension)
    {
        var docs = rows.Select(r => r.Sentence.Doc).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var folds = Math.Min(settings.ThresholdFolds, docs.Length);
        var scored = new List<(float Score, bool Positive)>();
        if (folds < 2)
        {
            return 0.5f;
        }
        var foldOf = docs.Select((d, i) => (d, i % folds)).ToDictionary(p => p.d, p => p.Item2, StringComparer.Ordinal);
        for (var f = 0; f < folds; f++)
        {
            var train = rows.Where(r => foldOf[r.Sentence.Doc] != f).ToList();
            var test = rows.Where(r => foldOf[r.Sentence.Doc] == f).ToList();
            if (!train.Any(r => r.Sentence.Carries(category)) || test.Count == 0)
            {
                continue;
            }
            var (bias, weights) = Fit(train, category, dimension);
            foreach (var r in test)
            {
                var z = bias;
                for (var i = 0; i < r.Indexes.Length; i++)
                {
                    if (weights.TryGetValue(r.Indexes[i], out var w))
                    {
                        z += w * r.Values[i];
                    }
                }
                scored.Add((1f / (1f + MathF.Exp(-z)), r.Sentence.Carries(category)));
            }
        }
        return BestThreshold(scored);
    }

    /// <summary>The threshold with the best F1 over the scored sentences (the middle of the best run of equal F1).</summary>
    internal static float BestThreshold(List<(float Score, bool Positive)> scored)
    {
        var total = scored.Count(s => s.Positive);
        if (total == 0)
        {
            return 0.5f;
        }
        var ordered = scored.OrderByDescending(s => s.Score).ToArray();
        var best = (F1: -1.0, Threshold: 0.5f);
        var tp = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Positive)
            {
                tp++;
            }
            if (i + 1 < ordered.Length && ordered[i + 1].Score == ordered[i].Score)
            {
                continue;
            }
            var predicted = i + 1;
            var f1 = 2.0 * tp / (predicted + total);
            if (f1 > best.F1)
            {
                var next = i + 1 < ordered.Length ? ordered[i + 1].Score : 0f;
                best = (f1, (ordered[i].Score + next) / 2);
            }
        }
        return Math.Clamp(best.Threshold, 0.02f, 0.98f);
    }

    private (float Bias, Dictionary<int, float> Weights) Fit(List<Encoded> rows, string category, int dimension)
    {
        var ml = new MLContext(seed: 20261126);
        var positives = rows.Count(r => r.Sentence.Carries(category));
        var negatives = rows.Count - positives;
        var positiveWeight = (float)Math.Pow(Math.Max(1.0, (double)negatives / Math.Max(1, positives)), settings.PositiveWeightPower);
        var data = rows.Select(r => new Row
        {
            Features = new VBuffer<float>(dimension, r.Indexes.Length, r.Values, r.Indexes),
            Label = r.Sentence.Carries(category),
            Weight = r.Sentence.Carries(category) ? positiveWeight : 1f,
        });
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var view = ml.Data.LoadFromEnumerable(data, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L1Regularization = settings.L1,
            L2Regularization = settings.L2,
            MaximumNumberOfIterations = settings.MaxIterations,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var model = trainer.Fit(view).Model.SubModel;
        var weights = new Dictionary<int, float>();
        var dense = model.Weights;
        for (var i = 0; i < dense.Count; i++)
        {
            if (Math.Abs(dense[i]) >= settings.PruneBelow)
            {
                weights[i] = dense[i];
            }
        }
        return (model.Bias, weights);
    }
}
