using Clauseline.Analysis.Training;

namespace Clauseline.Tests.Analysis;

/// <summary>The figures of the published unfair-clause task, computed on counts worked out by hand.</summary>
public sealed class ClassificationEvaluationTests
{
    private static LabelledSentence Sentence(string doc, params (string Category, int Degree)[] labels) =>
        new(doc, 0, "text", [.. labels.Select(l => new SentenceLabel(l.Category, l.Degree))], LabelledSentences.Claudette);

    [Fact]
    public void Micro_and_macro_f1_count_the_eight_categories_and_none_with_degree_two_or_more_as_labelled()
    {
        var sentences = new[]
        {
            Sentence("a", ("arbitration", 3)),             // predicted arbitration: true positive
            Sentence("a", ("arbitration", 2)),             // predicted nothing: arbitration missed, none wrongly predicted
            Sentence("b", ("jurisdiction", 1)),            // fair: counts as none; predicted none: true none
            Sentence("b"),                                  // predicted jurisdiction: false positive, none missed
            Sentence("c", ("privacy-included", 2)),        // outside the eight: counts as none; predicted privacy-included
        };
        IReadOnlySet<string>[] predicted =
        [
            new HashSet<string> { "arbitration" },
            new HashSet<string>(),
            new HashSet<string>(),
            new HashSet<string> { "jurisdiction" },
            new HashSet<string> { "privacy-included" },
        ];
        var report = ClassificationEvaluation.Score(sentences, predicted, ["arbitration", "jurisdiction", "privacy-included"]);
        var arbitration = report.Categories.Single(c => c.Id == "arbitration");
        Assert.Equal((1, 0, 1), (arbitration.TruePositives, arbitration.FalsePositives, arbitration.FalseNegatives));
        var jurisdiction = report.Categories.Single(c => c.Id == "jurisdiction");
        Assert.Equal((0, 1, 0), (jurisdiction.TruePositives, jurisdiction.FalsePositives, jurisdiction.FalseNegatives));
        var none = report.None!;
        Assert.Equal((2, 1, 1), (none.TruePositives, none.FalsePositives, none.FalseNegatives));
        // Micro over the nine classes: tp 1+0+2 = 3, fp 0+1+1 = 2, fn 1+0+1 = 2 -> 2*3/(6+2+2) = 60.
        Assert.Equal(60.0, report.MicroF1!.Value, 6);
        // Macro: arbitration 66.67, jurisdiction 0, none 66.67, and the six categories with no sentence and no prediction 100 each.
        Assert.Equal((66.666666 + 0 + 66.666666 + 6 * 100) / 9, report.MacroF1!.Value, 3);
        Assert.Equal(3, report.Documents);
    }

    [Fact]
    public void Folds_keep_every_document_on_one_side()
    {
        var sentences = Enumerable.Range(0, 100).Select(i => Sentence($"doc{i % 13}")).ToList();
        var folds = ClassificationEvaluation.DocumentFolds(sentences, 5);
        Assert.Equal(5, folds.Count);
        Assert.Equal(13, folds.Sum(f => f.Count));
        Assert.Equal(13, folds.SelectMany(f => f).Distinct().Count());
        Assert.All(folds, f => Assert.InRange(f.Count, 2, 3));
        Assert.Equal(folds, ClassificationEvaluation.DocumentFolds(sentences, 5));
    }

    [Fact]
    public void The_threshold_chosen_is_the_one_with_the_best_f1()
    {
        var scored = new List<(float, bool)> { (0.9f, true), (0.8f, true), (0.7f, false), (0.6f, true), (0.2f, false), (0.1f, false) };
        // Cutting below 0.6 keeps 3 of 3 positives with 1 false alarm (F1 0.857); below 0.8, 2 of 3 and none (0.8).
        Assert.Equal(0.4f, ClassifierTrainer.BestThreshold(scored), 3);
    }
}
