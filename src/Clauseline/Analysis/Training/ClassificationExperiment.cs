using Clauseline.Analysis.Classification;
using Clauseline.Analysis.Exposure;
using Clauseline.Segmentation;

namespace Clauseline.Analysis.Training;

/// <summary>The documents of the CLAUDETTE corpus kept aside for the classification figures.</summary>
public static class ClassificationHoldout
{
    /// <summary>
    /// The same seeded sample (seed 20261126) that was held out from the segmentation rules, fixed before any
    /// classification rule, signal or setting was written: no labels of these documents were read while writing the
    /// taxonomy's signals, the exposure rules or choosing training settings, and they are scored once, at the end.
    /// </summary>
    public static IReadOnlySet<string> Documents => SegmentationHoldout.Documents;

    /// <summary>Keeps the sentences of <paramref name="which"/>: <c>all</c>, <c>development</c> (the 30) or <c>held-out</c> (the 10).</summary>
    public static IReadOnlyList<LabelledSentence> Select(IReadOnlyList<LabelledSentence> sentences, string which) => which switch
    {
        "all" => sentences,
        "development" => [.. sentences.Where(s => !Documents.Contains(s.Doc))],
        "held-out" => [.. sentences.Where(s => Documents.Contains(s.Doc))],
        _ => throw new ArgumentException($"'{which}' is not one of all, development, held-out."),
    };
}

/// <summary>Evaluations of the classifier: of a trained model on labelled sentences, and cross-validation by document.</summary>
public static class ClassificationExperiment
{
    public static ClassificationReport Evaluate(ClauseRater rater, Profile profile, IReadOnlyList<LabelledSentence> sentences)
    {
        var predicted = sentences.Select(s => rater.Predicted(s.Text, profile)).ToList();
        return ClassificationEvaluation.Score(sentences, predicted, Categories(sentences, rater.Classifier.CategoryIds));
    }

    /// <summary>
    /// Cross-validates by document: the documents of <paramref name="evaluated"/> fall into <paramref name="folds"/>
    /// groups; each group is predicted by a model trained on the others plus <paramref name="extra"/> (files that are
    /// never scored), and the predictions of all groups are scored together.
    /// </summary>
    public static ClassificationReport CrossValidate(
        IReadOnlyList<LabelledSentence> evaluated,
        IReadOnlyList<LabelledSentence> extra,
        int folds,
        Taxonomy taxonomy,
        ExposureRules rules,
        Profile profile,
        TrainingSettings settings,
        Action<string>? log = null)
    {
        var groups = ClassificationEvaluation.DocumentFolds(evaluated, folds);
        var scope = evaluated.SelectMany(s => s.Scope).ToHashSet(StringComparer.Ordinal);
        var predicted = new IReadOnlySet<string>[evaluated.Count];
        var rater = default(ClauseRater);
        for (var f = 0; f < groups.Count; f++)
        {
            var held = groups[f];
            var training = evaluated.Where(s => !held.Contains(s.Doc)).Concat(extra).ToList();
            log?.Invoke($"fold {f + 1} of {groups.Count}: training on {training.Count} sentences, predicting {held.Count} documents");
            var info = new ModelInfo("", [], [], training.Count, taxonomy.Version, settings.ToString(), "");
            var model = new ClassifierTrainer(taxonomy, settings, log).Train(training, info, scope);
            rater = new ClauseRater(new Classifier(model, taxonomy), new ExposureRater(taxonomy, rules));
            for (var i = 0; i < evaluated.Count; i++)
            {
                if (held.Contains(evaluated[i].Doc))
                {
                    predicted[i] = rater.Predicted(evaluated[i].Text, profile);
                }
            }
        }
        return ClassificationEvaluation.Score(evaluated, predicted, Categories(evaluated, rater?.Classifier.CategoryIds ?? []));
    }

    private static List<string> Categories(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<string> modelled)
    {
        var scope = sentences.SelectMany(s => s.Scope).ToHashSet(StringComparer.Ordinal);
        return [.. modelled.Where(scope.Contains), .. scope.Where(c => !modelled.Contains(c)).Order(StringComparer.Ordinal)];
    }
}
