namespace Clauseline.Segmentation;

/// <summary>Sentence-boundary counts over some documents, and the precision, recall and F1 they give (0 to 1).</summary>
public sealed record BoundaryScore(int Documents, int Gold, int Predicted, int Correct)
{
    public static BoundaryScore Empty { get; } = new(0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Micro-average: counts are summed, so a long document weighs more than a short one.</summary>
    public BoundaryScore Add(BoundaryScore other) =>
        new(Documents + other.Documents, Gold + other.Gold, Predicted + other.Predicted, Correct + other.Correct);
}

/// <summary>The score of one document, with the boundaries the splitter missed and the ones it made up.</summary>
public sealed record DocumentSegmentation(string Name, bool HeldOut, BoundaryScore Score, IReadOnlyList<int> Missed, IReadOnlyList<int> Spurious);

/// <summary>Boundary scores of the splitter on the development documents, the held-out ones and all of them.</summary>
public sealed record SegmentationReport(
    BoundaryScore Development,
    BoundaryScore HeldOut,
    BoundaryScore All,
    IReadOnlyList<DocumentSegmentation> Documents,
    IReadOnlyList<string> Problems);
