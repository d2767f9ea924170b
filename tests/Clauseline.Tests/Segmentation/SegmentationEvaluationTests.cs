using Clauseline.Segmentation;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Segmentation;

public sealed class SegmentationEvaluationTests
{
    [Fact]
    public void Gold_sentences_are_found_in_order_and_scored_by_their_trimmed_ends()
    {
        using var folder = new TestFolder();
        Directory.CreateDirectory(folder.File("texts"));
        File.WriteAllText(folder.File("texts/Sample.txt"), "Fees apply. Fees apply.\r\nRefunds are rare, e.g. Never.");
        File.WriteAllLines(folder.File("sentences.jsonl"),
        [
            """{"doc":"Sample","idx":1,"text":"Fees apply. ","labels":[]}""",
            """{"doc":"Sample","idx":0,"text":"Fees apply.","labels":[]}""",
            """{"doc":"Sample","idx":2,"text":"Refunds are rare, e.g.","labels":[]}""",
            """{"doc":"Sample","idx":3,"text":"Never.","labels":[]}""",
        ]);

        var report = SegmentationEvaluation.Evaluate(folder.Path);

        Assert.Empty(report.Problems);
        Assert.Equal(new BoundaryScore(1, 4, 3, 3), report.Development);
        Assert.Equal(1.0, report.Development.Precision);
        Assert.Equal(0.75, report.Development.Recall);
        Assert.Equal(BoundaryScore.Empty, report.HeldOut);
    }

    [Fact]
    public void The_held_out_documents_were_fixed_before_the_rules()
    {
        Assert.Equal(10, SegmentationHoldout.Documents.Count);
        Assert.Contains("WorldOfWarcraft", SegmentationHoldout.Documents);
    }

    [Fact]
    public void Boundary_F1_on_the_thirty_development_documents_of_CLAUDETTE_is_at_least_0_99()
    {
        var folder = Requirements.SharedData("claudette-en");

        // Development documents only: the held-out ten are read by `clauseline eval segmentation`, never by tests.
        var report = SegmentationEvaluation.Evaluate(folder, includeHeldOut: false);

        Assert.Empty(report.Problems);
        Assert.Equal(30, report.Development.Documents);
        Assert.True(report.Development.F1 >= 0.99, $"F1 {report.Development.F1:F4} (precision {report.Development.Precision:F4}, recall {report.Development.Recall:F4})");
    }
}
