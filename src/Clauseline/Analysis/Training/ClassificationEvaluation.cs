namespace Clauseline.Analysis.Training;

/// <summary>Counts of one class: true positives, false positives, false negatives, and the figures on a 0–100 scale.</summary>
public sealed record ClassScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? (FalseNegatives == 0 ? 100 : 0) : 100.0 * TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? (FalsePositives == 0 ? 100 : 0) : 100.0 * TruePositives / (TruePositives + FalseNegatives);

    public double F1 => TruePositives == 0
        ? (FalsePositives + FalseNegatives == 0 ? 100 : 0)
        : 200.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);
}

/// <summary>
/// The figures of one evaluation: per category; and, over the eight categories of the published task plus a
/// "none" class (a sentence with none of the eight), micro-F1 (from the summed counts) and macro-F1 (the mean of
/// the nine F1), as the legal NLP literature reports them for unfair-clause detection.
/// </summary>
public sealed record ClassificationReport(
    int Sentences,
    int Documents,
    IReadOnlyList<ClassScore> Categories,
    ClassScore? None,
    double? MicroF1,
    double? MacroF1);

/// <summary>Scores predictions against labels.</summary>
public static class ClassificationEvaluation
{
    /// <summary>
    /// <paramref name="predicted"/> gives, for each sentence, the categories counted as predicted. Categories are
    /// scored only on the sentences whose file labels them; the micro- and macro-F1 are given when every sentence's
    /// file labels the eight evaluated categories.
    /// </summary>
    public static ClassificationReport Score(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<IReadOnlySet<string>> predicted, IEnumerable<string> categories)
    {
        var scores = categories
            .Where(c => sentences.Any(s => s.Scope.Contains(c)))
            .Select(c => Count(sentences, predicted, c))
            .ToList();
        var documents = sentences.Select(s => s.Doc).Distinct(StringComparer.Ordinal).Count();
        var evaluated = LabelledSentences.Evaluated;
        if (!sentences.All(s => evaluated.All(s.Scope.Contains)))
        {
            return new ClassificationReport(sentences.Count, documents, scores, null, null, null);
        }
        int ntp = 0, nfp = 0, nfn = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var gold = !evaluated.Any(sentences[i].Carries);
            var guess = !evaluated.Any(predicted[i].Contains);
            if (gold && guess)
            {
                ntp++;
            }
            else if (guess)
            {
                nfp++;
            }
            else if (gold)
            {
                nfn++;
            }
        }
        var none = new ClassScore("none", ntp, nfp, nfn);
        // Always the eight, whether or not the model scores them: a category it cannot predict counts its misses.
        var eight = evaluated.Select(id => scores.FirstOrDefault(s => s.Id == id) ?? Count(sentences, predicted, id));
        var nine = eight.Append(none).ToList();
        var tps = nine.Sum(s => s.TruePositives);
        var micro = 200.0 * tps / (2 * tps + nine.Sum(s => s.FalsePositives) + nine.Sum(s => s.FalseNegatives));
        var macro = nine.Average(s => s.F1);
        return new ClassificationReport(sentences.Count, documents, scores, none, micro, macro);
    }

    /// <summary>The counts of one category over the sentences whose file labels it.</summary>
    private static ClassScore Count(IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<IReadOnlySet<string>> predicted, string category)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].Scope.Contains(category))
            {
                continue;
            }
            var gold = sentences[i].Carries(category);
            var guess = predicted[i].Contains(category);
            tp += gold && guess ? 1 : 0;
            fp += !gold && guess ? 1 : 0;
            fn += gold && !guess ? 1 : 0;
        }
        return new ClassScore(category, tp, fp, fn);
    }

    /// <summary>
    /// Splits the documents into <paramref name="folds"/> groups, whole documents only, in an order fixed by
    /// <paramref name="seed"/>: no document has sentences on both sides of a fold.
    /// </summary>
    public static IReadOnlyList<IReadOnlySet<string>> DocumentFolds(IEnumerable<LabelledSentence> sentences, int folds, int seed = 20261126)
    {
        var docs = sentences.Select(s => s.Doc).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(docs);
        var groups = Enumerable.Range(0, folds).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        for (var i = 0; i < docs.Length; i++)
        {
            groups[i % folds].Add(docs[i]);
        }
        return groups;
    }
}
