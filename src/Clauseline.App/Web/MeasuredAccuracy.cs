namespace Clauseline.App.Web;

/// <summary>One measured figure of the methodology page: what was measured, on what, and the result.</summary>
public sealed record AccuracyFigure(string Measure, string Data, string Result);

/// <summary>
/// The accuracy figures the methodology page publishes, in one place, each as measured on 2026-11-26 with the
/// command named in the README (`clauseline eval segmentation` and `clauseline eval classification`).
/// </summary>
public static class MeasuredAccuracy
{
    public static IReadOnlyList<AccuracyFigure> Figures { get; } =
    [
        new("Sentence boundaries, F1", "10 CLAUDETTE documents held out before any segmentation rule was written", "0.9953"),
        new("Sentence boundaries, F1", "30 CLAUDETTE development documents", "0.9939"),
        new("Unfair-clause detection, macro-F1 (eight categories of the published task plus none, 0-100)",
            "10 CLAUDETTE documents held out before any rule was written, model trained on the other 30 and our own sentences, EU consumer profile",
            "71.4 (our aim was 80; not reached)"),
        new("Unfair-clause detection, micro-F1 (same classes)", "the same 10 held-out documents", "96.4"),
        new("Unfair-clause detection, macro-F1 / micro-F1, 5-fold cross-validation by document",
            "30 CLAUDETTE development documents", "69.5 / 94.9"),
        new("Our 32 other categories: precision / recall / F1 (micro)",
            "639 test sentences we wrote before the rules of those categories, never trained on; shipped model",
            "81.7 / 66.0 / 73.0"),
    ];
}
